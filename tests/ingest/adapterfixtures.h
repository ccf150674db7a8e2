#pragma once

// Shared by the adapter tests: runs one file through one adapter the way ImportParser does,
// and the headers and first rows of small fixture files in each format.

#include <QBuffer>
#include <QIODevice>
#include <QStringList>

#include <cmath>
#include <memory>

#include "domain/period.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/formatadapter.h"
#include "ingest/formatregistry.h"
#include "ingest/importcontext.h"

namespace cwtest {

using namespace Qt::StringLiterals;

// One file read by one adapter, as the pipeline does it.
struct Run
{
    std::unique_ptr<cw::ImportContext> ctx;
    bool begun = false;

    // The value of a cell, NaN when there is none (so that QCOMPARE prints both sides).
    double value(const QString &key, const QString &area, const QString &period) const
    {
        const auto parsed = cw::Period::parse(period);
        const auto values = parsed ? ctx->observations().value(key, area, *parsed) : std::nullopt;
        return values ? values->value : std::nan("");
    }
    cw::ImportContext::Counters counters() const { return ctx->counters(); }
    // Every cell, one line each, sorted: two runs that kept the same observations compare equal.
    QStringList dump() const
    {
        QStringList lines;
        const cw::ObservationSet &set = ctx->observations();
        set.forEach([&](const cw::ObservationSet::Cell &cell, const cw::ObservationSet::Values &v) {
            lines.append(set.indicators().at(cell.indicator).key + u'|' + set.areaCodes().at(cell.area) +
                         u'|' + cell.period.key() + u'|' + QString::number(v.value) + u'|' +
                         (v.denominator ? QString::number(*v.denominator) : QString()) + u'|' +
                         (v.sampleSize ? QString::number(*v.sampleSize) : QString()));
        });
        lines.sort();
        return lines;
    }
};

inline Run runDevice(const cw::AreaResolver &areas, const QString &format, QIODevice &device,
                     const QString &fileName)
{
    Run run;
    run.ctx = std::make_unique<cw::ImportContext>(areas, fileName);
    const auto adapter = cw::FormatRegistry::create(format);
    if (!adapter)
        qFatal("no adapter %s", qPrintable(format));
    cw::CsvReader reader(device);
    if (!reader.readHeader())
        return run;
    run.begun = adapter->begin(reader.header(), *run.ctx);
    if (!run.begun)
        return run;
    while (reader.next()) {
        run.ctx->startRecord();
        if (const auto &issue = reader.recordIssue()) {
            run.ctx->reject(issue->line, issue->column, issue->message);
            continue;
        }
        adapter->record(reader, *run.ctx);
    }
    if (reader.fatalError())
        run.ctx->fail(reader.fatalError()->line, 0, reader.fatalError()->message);
    adapter->finish(*run.ctx);
    return run;
}

inline Run runBytes(const cw::AreaResolver &areas, const QString &format, const QByteArray &content,
                    const QString &fileName = u"fixture.csv"_s)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return runDevice(areas, format, buffer, fileName);
}

// The content without its physical line `line` (1-based).
inline QByteArray withoutLine(const QByteArray &content, qint64 line)
{
    QList<QByteArray> lines = content.split('\n');
    lines.removeAt(line - 1);
    return lines.join('\n');
}

inline QString issuesText(const cw::ImportContext &ctx)
{
    QStringList lines;
    for (const auto &issue : ctx.issues())
        lines.append(u"%1:%2 %3"_s.arg(issue.line).arg(issue.column).arg(issue.message));
    return lines.join(u'\n');
}

inline const QByteArray kMpsHeader = "MajorText,MinorText,BoroughName,202401,202402\n";
inline const QByteArray kMpsGood = "BURGLARY,BURGLARY - RESIDENTIAL,Camden,0,9\n";
inline const QByteArray kOldHeader =
    "Borough,Major Category,Minor Category,201601\nWestminster,Burglary,Burglary in a Dwelling,131\n";
inline const QByteArray kPasHeader =
    "Date;Survey;Borough;Measure;Proportion\n31/12/2014;PAS;MPS;\"\"\"Good Job\"\" local\";0,67\n";
inline const QByteArray kPasBoroughHeader = "Date;Survey;Borough;Measure;Proportion;MPS\n"
                                            "31/12/2014;PAS;Barnet;Trust MPS;0,6;0,7\n";
inline const QByteArray kDashHeader =
    "month_year,area_type,borough_snt,area_name,area_code,crime_type,crime_subtype,measure,"
    "financial_year,fy_fyindex,count,refresh_date,sheet\n";
inline const QByteArray kDashGood =
    "2023-01-01T00:00:00.000Z,Borough,Camden,Camden,E09000007,Knife Crime,Knife Crime,"
    "Offences,fy22-23,22-23_11,41,2026-03-18T00:00:00.000Z,X\n";
inline const QByteArray kOutHeader =
    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA "
    "name,Outcome type\n"
    "a1,2023-05,Metropolitan Police Service,Metropolitan Police Service,,,On or near X,"
    "E01000907,Camden 001A,Suspect charged\n";
inline const QByteArray kSearchHeader =
    "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,"
    "Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of "
    "search,Outcome,Outcome linked to object of search,Removal of more than just outer "
    "clothing\n";
inline const QByteArray kTidyHeader = "indicator,area,period,value,unit,denominator,sample_size\n"
                                      "ons.pfa:Burglary,E23000001,2024/25,1234,count,,\n";

inline QByteArray searchRow(const QByteArray &date, const QByteArray &object = "Controlled drugs",
                            const QByteArray &outcome = "Arrest", const QByteArray &ethnicity = "White")
{
    return "Person search," + date + ",False,,,,Male,18-24,," + ethnicity +
           ",Misuse of Drugs Act 1971 (section 23)," + object + "," + outcome + ",,\n";
}

} // namespace cwtest
