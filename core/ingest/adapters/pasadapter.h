#pragma once

#include "ingest/formatadapter.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <string_view>

namespace cw {

// MOPAC Public Attitude Survey dashboard extracts: `Date,Survey,Borough,Measure,Proportion`
// (`;` or `,` delimited; decimal comma, "0,56"). Each row is a rolling-12-month proportion
// ending with the quarter of its Date (`31/12/2014`, `30/6/2015`) → `pas:<Measure>` with the
// Measure exactly as published (e.g. `pas:"Good Job" local`), unit Percent, kind
// "proportion", value 0..1. Borough "MPS" is the force (E23000001).
//
// The borough extracts carry a sixth column "MPS" repeating the force-wide value on every
// row; it is kept as the E23000001 value too (set once; rows that disagree about it are
// rejected), so that a borough extract alone can be compared with the force. Further columns
// (the comma extract has four more, mostly empty) are ignored. The files give no sample sizes.
class PasAdapter : public FormatAdapter
{
public:
    PasAdapter();
    ~PasAdapter() override;

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
    const QString &areaFor(std::string_view borough, const ImportContext &ctx);

    QStringList m_header;
    int m_mpsColumn = -1;               // the force-wide value beside each borough's, when the file has one
    QHash<QByteArray, QString> m_areas; // Borough as published → area code, empty when refused
};

} // namespace cw
