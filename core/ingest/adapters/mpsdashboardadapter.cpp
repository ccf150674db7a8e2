#include "ingest/adapters/mpsdashboardadapter.h"

#include "ingest/byteview.h"
#include "domain/area.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"
#include "ingest/numbers.h"

#include <QCoreApplication>
#include <QDate>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::MpsDashboardAdapter", text);
}

const QString kForce = QStringLiteral("E23000001");
const QString kUnallocated = QStringLiteral("unallocated");

// The columns a file must have (the other dashboard extracts have none of area_type,
// crime_subtype and month_year together).
const char *const kRequired[] = {"month_year", "area_type",     "borough_snt", "area_name",
                                 "area_code",  "crime_subtype", "measure",     "count"};

} // namespace

MpsDashboardAdapter::MpsDashboardAdapter() = default;
MpsDashboardAdapter::~MpsDashboardAdapter() = default;

QString MpsDashboardAdapter::name() const
{
    return QStringLiteral("mps.dashboard");
}

QString MpsDashboardAdapter::title() const
{
    return tr("MPS monthly crime dashboard (London Datastore)");
}

QString MpsDashboardAdapter::sourceCode() const
{
    return QStringLiteral("london-datastore");
}

QString MpsDashboardAdapter::sourceName() const
{
    return QStringLiteral("London Datastore (MPS)");
}

QString MpsDashboardAdapter::licence() const
{
    return QStringLiteral("Open Government Licence v2.0");
}

bool MpsDashboardAdapter::accepts(const QStringList &header) const
{
    if (header.isEmpty() || header.first() != QLatin1String("month_year"))
        return false;
    for (const char *label : kRequired) {
        if (!header.contains(QLatin1String(label)))
            return false;
    }
    return true;
}

bool MpsDashboardAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    int *const indexes[] = {&m_col.month,    &m_col.areaType, &m_col.boroughSnt, &m_col.areaName,
                            &m_col.areaCode, &m_col.subtype,  &m_col.measure,    &m_col.count};
    bool ok = true;
    for (size_t i = 0; i < std::size(kRequired); ++i) {
        *indexes[i] = int(header.indexOf(QLatin1String(kRequired[i])));
        if (*indexes[i] < 0) {
            ctx.fail(1, 0, tr("The column \"%1\" is missing.").arg(QLatin1String(kRequired[i])));
            ok = false;
        }
    }
    return ok;
}

// "2022-03-01T00:00:00.000Z" (or "2022-03-01"): the first day of the month the row counts.
std::optional<Period> MpsDashboardAdapter::monthFor(std::string_view text)
{
    const QByteArray key = byteView(text);
    if (const auto it = m_months.constFind(key); it != m_months.constEnd())
        return *it;
    if (text.size() < 10 || (text.size() > 10 && text[10] != 'T'))
        return std::nullopt;
    const QDate date = QDate::fromString(QString::fromLatin1(key.first(10)), Qt::ISODate);
    if (!date.isValid() || date.day() != 1)
        return std::nullopt;
    const Period period = Period::month(date.year(), date.month());
    if (!period.isValid())
        return std::nullopt;
    m_months.insert(QByteArray(key.constData(), key.size()), period);
    return period;
}

// A GSS code or a name of an area the MPS polices (a borough, the airports, `unallocated`);
// empty for anything else.
QString MpsDashboardAdapter::boroughFor(std::string_view text, const ImportContext &ctx)
{
    if (text.empty())
        return {};
    const QByteArray key = byteView(text);
    if (const auto it = m_areas.constFind(key); it != m_areas.constEnd())
        return *it;
    const Area *area = ctx.areas().find(QString::fromUtf8(key));
    const QString code = area && area->parentCode == kForce ? area->code : QString();
    m_areas.insert(QByteArray(key.constData(), key.size()), code);
    return code;
}

void MpsDashboardAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    if (row.bytes(m_col.areaType) != "Borough")
        return; // neighbourhood-team rows: accepted, not kept (the boroughs already count them)

    const auto month = monthFor(row.bytes(m_col.month));
    if (!month) {
        ctx.reject(row.line(), m_col.month + 1,
                   tr("\"month_year\" is not the first day of a month (expected e.g. "
                      "2022-03-01T00:00:00.000Z): \"%1\"")
                       .arg(row.text(m_col.month)));
        return;
    }
    QString area = boroughFor(row.bytes(m_col.areaCode), ctx);
    if (area.isEmpty())
        area = boroughFor(row.bytes(m_col.areaName), ctx);
    if (area.isEmpty() && row.isEmpty(m_col.areaCode) && row.bytes(m_col.boroughSnt) == "Other / NK")
        area = kUnallocated;
    if (area.isEmpty()) {
        const int column = row.isEmpty(m_col.areaCode) ? m_col.areaName : m_col.areaCode;
        ctx.reject(row.line(), column + 1,
                   tr("\"area_code\" and \"area_name\" name no borough the Metropolitan Police polices: "
                      "\"%1\", \"%2\"")
                       .arg(row.text(m_col.areaCode), row.text(m_col.areaName)));
        return;
    }
    for (const int column : {m_col.subtype, m_col.measure}) {
        if (row.isEmpty(column)) {
            ctx.reject(row.line(), column + 1,
                       tr("\"%1\" is empty.")
                           .arg(column == m_col.subtype ? QStringLiteral("crime_subtype")
                                                        : QStringLiteral("measure")));
            return;
        }
    }
    const auto count = numbers::parseCount(row.bytes(m_col.count));
    if (!count) {
        ctx.reject(row.line(), m_col.count + 1,
                   tr("\"count\" is not a whole number of 0 or more: \"%1\"").arg(row.text(m_col.count)));
        return;
    }
    const QString category = row.text(m_col.subtype) + u'/' + row.text(m_col.measure);
    const QString key = QStringLiteral("mps.dashboard:") + category;
    const bool unallocated = area == kUnallocated;
    if (!unallocated) {
        const auto earlier = ctx.observations().value(key, area, *month);
        if (earlier && earlier->value != double(*count)) {
            ctx.reject(
                row.line(), m_col.count + 1,
                tr("\"count\" is a duplicate of an earlier row for the same borough, subtype, measure and "
                   "month with a different value (%1 here, %2 before).")
                    .arg(*count)
                    .arg(earlier->value));
            return;
        }
    }

    ObservationSet &set = ctx.observations();
    const int indicator = set.indicator(key, category, Unit::Count, QStringLiteral("count"));
    if (unallocated) {
        set.add(indicator, set.area(area), *month, double(*count));
        ++ctx.counters().unallocated;
    } else {
        set.set(indicator, set.area(area), *month, {double(*count), {}, {}});
    }
}

// The force total is derived from the rows kept, boroughs and `unallocated` alike.
void MpsDashboardAdapter::finish(ImportContext &ctx)
{
    ObservationSet &set = ctx.observations();
    QHash<ObservationSet::Cell, double> totals;
    set.forEach([&](const ObservationSet::Cell &cell, const ObservationSet::Values &values) {
        totals[ObservationSet::Cell{cell.indicator, 0, cell.period}] += values.value;
    });
    if (totals.isEmpty())
        return;
    const int force = set.area(kForce);
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it)
        set.set(it.key().indicator, force, it.key().period, {it.value(), {}, {}});
}

} // namespace cw
