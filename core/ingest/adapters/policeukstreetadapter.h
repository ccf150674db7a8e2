#pragma once

#include "ingest/flatset64.h"
#include "ingest/formatadapter.h"
#include "ingest/lsoaareas.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace cw {

// police.uk street-level crime files: one row per crime. Yields monthly counts per London
// borough of each Crime type (`policeuk.street:<Crime type>`) for the boroughs the force
// polices, the force's unallocated area for rows with no LSOA, an LSOA outside London or in
// another force's borough (see LsoaAreas), and the force total (the area of "Falls within")
// as the sum of them all. A non-empty Crime ID repeated in the file is one crime (counted once; the
// repeats are reported); rows with an empty Crime ID (anti-social behaviour) each count.
//
// Built for speed: a row costs a few hash lookups on byte views, no string allocation.
class PoliceUkStreetAdapter : public FormatAdapter
{
public:
    PoliceUkStreetAdapter();
    ~PoliceUkStreetAdapter() override;

    QString name() const override;
    QString title() const override;
    QString sourceCode() const override;
    QString sourceName() const override;
    QString licence() const override;
    bool accepts(const QStringList &header) const override;
    bool begin(const QStringList &header, ImportContext &ctx) override;
    void record(const CsvReader &row, ImportContext &ctx) override;
    void finish(ImportContext &ctx) override;

private:
    int lookup(QHash<QByteArray, int> &table, QStringList &labels, std::string_view text);
    int forceFor(std::string_view text, const ImportContext &ctx);
    int areaFor(std::string_view lsoaName, int force);
    void flushPending();

    // The last text looked up and its answer.
    struct LastHit
    {
        std::string text;
        int index = -1;
        bool matches(std::string_view t) const { return index >= 0 && t == text; }
        void remember(std::string_view t, int i)
        {
            text.assign(t);
            index = i;
        }
    };

    struct Columns
    {
        int crimeId = -1;
        int month = -1;
        int fallsWithin = -1;
        int lsoaName = -1;
        int crimeType = -1;
    } m_col;
    std::unique_ptr<LsoaAreas> m_lsoa;
    std::vector<QHash<QByteArray, int>> m_areaIndex; // per force: LSOA name prefix → index in m_areas
    QStringList m_areas;                             // area codes
    QSet<int> m_unallocated;                         // indices of unallocated areas
    QHash<QByteArray, int> m_typeIndex;
    QStringList m_types;
    QHash<QByteArray, int> m_forceIndex; // "Falls within" text → index in m_forces
    QStringList m_forces;                // resolved force codes ("" when unresolved)
    QHash<quint64, qint64> m_counts;     // packed (month, area, type, force) → crimes
    quint64 m_pendingKey = 0;            // the current run of rows with the same key
    qint64 m_pendingCount = 0;
    LastHit m_lastForce;
    LastHit m_lastArea;
    int m_lastAreaForce = -1;
    LastHit m_lastType;
    FlatSet64 m_seenIds;
};

} // namespace cw
