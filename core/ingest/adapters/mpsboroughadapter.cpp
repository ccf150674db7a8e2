#include "ingest/adapters/mpsboroughadapter.h"

#include "ingest/byteview.h"
#include "domain/area.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"
#include "ingest/numbers.h"

#include <QCoreApplication>
#include <QSet>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::MpsBoroughAdapter", text);
}

const QString kForce = QStringLiteral("E23000001");

// "202303" → March 2023; an invalid period for anything else.
Period monthFromHeader(const QString &label)
{
    if (label.size() != 6)
        return {};
    for (const QChar c : label) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return Period::month(label.left(4).toInt(), label.mid(4).toInt());
}

} // namespace

MpsBoroughAdapter::MpsBoroughAdapter(Scheme scheme)
    : m_scheme(scheme)
{
    if (m_scheme == Scheme::Current) {
        m_majorColumn = 0;
        m_minorColumn = 1;
        m_boroughColumn = 2;
    } else {
        m_boroughColumn = 0;
        m_majorColumn = 1;
        m_minorColumn = 2;
    }
}

MpsBoroughAdapter::~MpsBoroughAdapter() = default;

QString MpsBoroughAdapter::name() const
{
    return m_scheme == Scheme::Current ? QStringLiteral("mps.borough") : QStringLiteral("mps.borough.old");
}

QString MpsBoroughAdapter::title() const
{
    return m_scheme == Scheme::Current ? tr("MPS borough level crime (London Datastore)")
                                       : tr("MPS borough level crime, old categories (London Datastore)");
}

QString MpsBoroughAdapter::sourceCode() const
{
    return QStringLiteral("london-datastore");
}

QString MpsBoroughAdapter::sourceName() const
{
    return QStringLiteral("London Datastore (MPS)");
}

QString MpsBoroughAdapter::licence() const
{
    return QStringLiteral("Open Government Licence v2.0");
}

QStringList MpsBoroughAdapter::labelColumns() const
{
    if (m_scheme == Scheme::Current)
        return {QStringLiteral("MajorText"), QStringLiteral("MinorText"), QStringLiteral("BoroughName")};
    return {QStringLiteral("Borough"), QStringLiteral("Major Category"), QStringLiteral("Minor Category")};
}

// Only the three label columns decide: a month column with a bad label then fails with a
// message naming it, instead of the file not being recognised at all.
bool MpsBoroughAdapter::accepts(const QStringList &header) const
{
    return header.size() > 3 && header.first(3) == labelColumns();
}

bool MpsBoroughAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    m_header = header;
    if (!accepts(header)) {
        ctx.fail(1, 0,
                 tr("The file does not start with the columns %1 and at least one month.")
                     .arg(labelColumns().join(QLatin1String(", "))));
        return false;
    }
    bool ok = true;
    QSet<Period> seen;
    for (int i = m_firstMonthColumn; i < header.size(); ++i) {
        const Period month = monthFromHeader(header.at(i));
        if (!month.isValid()) {
            ctx.fail(1, i + 1, tr("The column \"%1\" is not a month (expected YYYYMM).").arg(header.at(i)));
            ok = false;
        } else if (seen.contains(month)) {
            ctx.fail(1, i + 1, tr("The month column \"%1\" appears more than once.").arg(header.at(i)));
            ok = false;
        }
        seen.insert(month);
        m_months.append(month);
    }
    return ok;
}

// Only areas the MPS polices are rows of this file: the 32 boroughs, the airports and
// `unallocated`. The City of London (its own force) or a force would break the force total.
const QString &MpsBoroughAdapter::areaFor(std::string_view borough, const ImportContext &ctx)
{
    const QByteArray key = byteView(borough);
    if (const auto it = m_areas.constFind(key); it != m_areas.constEnd())
        return *it;
    const Area *area = ctx.areas().find(QString::fromUtf8(key));
    const QString code = area && area->parentCode == kForce ? area->code : QString();
    return *m_areas.insert(QByteArray(key.constData(), key.size()), code);
}

void MpsBoroughAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    const QString &area = areaFor(row.bytes(m_boroughColumn), ctx);
    if (area.isEmpty()) {
        ctx.reject(row.line(), m_boroughColumn + 1,
                   tr("\"%1\" names no borough the Metropolitan Police polices: \"%2\"")
                       .arg(m_header.at(m_boroughColumn), row.text(m_boroughColumn)));
        return;
    }
    for (const int column : {m_majorColumn, m_minorColumn}) {
        if (row.isEmpty(column)) {
            ctx.reject(row.line(), column + 1, tr("\"%1\" is empty.").arg(m_header.at(column)));
            return;
        }
    }
    const QString category = row.text(m_majorColumn) + u'/' + row.text(m_minorColumn);
    const QString key = name() + u':' + category;

    // Every value is checked before any is kept, so a rejected row contributes nothing.
    m_values.resize(m_months.size());
    for (int i = 0; i < m_months.size(); ++i) {
        const int column = m_firstMonthColumn + i;
        if (row.isEmpty(column)) {
            ctx.reject(row.line(), column + 1, tr("\"%1\" is empty.").arg(m_header.at(column)));
            return;
        }
        const auto value = numbers::parseCount(row.bytes(column));
        if (!value) {
            ctx.reject(row.line(), column + 1,
                       tr("\"%1\" is not a whole number of 0 or more: \"%2\"")
                           .arg(m_header.at(column), row.text(column)));
            return;
        }
        const auto earlier = ctx.observations().value(key, area, m_months.at(i));
        if (earlier && earlier->value != double(*value)) {
            ctx.reject(row.line(), column + 1,
                       tr("\"%1\" is a duplicate of an earlier row for the same borough and category with a "
                          "different value (%2 here, %3 before).")
                           .arg(m_header.at(column))
                           .arg(*value)
                           .arg(earlier->value));
            return;
        }
        m_values[i] = *value;
    }

    ObservationSet &set = ctx.observations();
    const int indicator = set.indicator(key, category, Unit::Count, QStringLiteral("count"));
    const int areaIndex = set.area(area);
    for (int i = 0; i < m_months.size(); ++i)
        set.set(indicator, areaIndex, m_months.at(i), {double(m_values.at(i)), {}, {}});
    if (area == QLatin1String("unallocated"))
        ++ctx.counters().unallocated;
}

// The force total is derived from the rows kept: a rejected row is in no borough, so it is not
// in the total either.
void MpsBoroughAdapter::finish(ImportContext &ctx)
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
