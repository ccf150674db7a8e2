#pragma once

#include "domain/period.h"
#include "ingest/formatadapter.h"

#include <QByteArray>
#include <QHash>
#include <QTimeZone>

#include <array>
#include <optional>
#include <string_view>

namespace cw {

class AreaResolver;

// police.uk stop-and-search files: one row per search, no borough and no force column.
// Yields force-level monthly counts: `policeuk.search:all`, and one count per value of
// "Object of search" (`policeuk.search:object:<value>`), "Outcome"
// (`policeuk.search:outcome:<value>`) and "Officer-defined ethnicity"
// (`policeuk.search:ethnicity:<value>`); an empty value is counted as "Not stated".
//
// The month is that of the search's date in London local time: the files give UTC instants,
// so a search at 2023-06-30T23:30:00+00:00 (00:30 on 1 July, BST) belongs to July.
//
// The force is taken from the file name as police.uk writes it
// ("2023-01-metropolitan-stop-and-search.csv", "2016-01-city-of-london-stop-and-search.csv").
// When the name does not tell a force, the file fails (line 1) rather than guessing: counting
// another force's searches as the Met's would be silently wrong.
class PoliceUkSearchAdapter : public FormatAdapter
{
public:
    PoliceUkSearchAdapter();
    ~PoliceUkSearchAdapter() override;

    QString name() const override;
    QString title() const override;
    QString sourceCode() const override;
    QString sourceName() const override;
    QString licence() const override;
    bool accepts(const QStringList &header) const override;
    bool begin(const QStringList &header, ImportContext &ctx) override;
    void record(const CsvReader &row, ImportContext &ctx) override;
    void finish(ImportContext &ctx) override;

    // The force code the file name names, e.g. "2023-01-metropolitan-stop-and-search.csv" →
    // E23000001; std::nullopt when it names none.
    static std::optional<QString> forceFromFileName(const QString &fileName, const AreaResolver &areas);

private:
    std::optional<Period> monthFor(std::string_view date) const;
    int indicatorFor(int dimension, std::string_view value, ImportContext &ctx);

    struct Columns
    {
        int date = -1;
        int object = -1;
        int outcome = -1;
        int ethnicity = -1;
    } m_col;
    QTimeZone m_london;
    int m_force = -1;                                   // area index
    int m_all = -1;                                     // indicator index of policeuk.search:all
    std::array<QHash<QByteArray, int>, 3> m_indicators; // per dimension: value as published → indicator
};

} // namespace cw
