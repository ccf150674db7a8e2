#include "ingest/adapters/tidyadapter.h"

#include "domain/period.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"
#include "ingest/numbers.h"

#include <QCoreApplication>

#include <optional>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::TidyAdapter", text);
}

// Column names are matched ignoring case, so that a header typed in a spreadsheet as
// "Indicator" is still found.
int columnOf(const QStringList &header, const char *label)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(QLatin1String(label), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString unitNames()
{
    QStringList names;
    for (const Unit unit : {Unit::Count, Unit::Percent, Unit::Points, Unit::Days, Unit::Money, Unit::Rate})
        names.append(toName(unit));
    return names.join(QLatin1String(", "));
}

QString kindOf(Unit unit)
{
    return unit == Unit::Percent ? QStringLiteral("proportion") : toName(unit);
}

} // namespace

TidyAdapter::TidyAdapter() = default;
TidyAdapter::~TidyAdapter() = default;

QString TidyAdapter::name() const
{
    return QStringLiteral("tidy");
}

QString TidyAdapter::title() const
{
    return tr("Tidy CSV");
}

QString TidyAdapter::sourceCode() const
{
    return QStringLiteral("tidy");
}

QString TidyAdapter::sourceName() const
{
    return QStringLiteral("Tidy CSV");
}

QString TidyAdapter::licence() const
{
    return QStringLiteral("As stated by the supplier");
}

bool TidyAdapter::accepts(const QStringList &header) const
{
    for (const char *label : {"indicator", "area", "period", "value"}) {
        if (columnOf(header, label) < 0)
            return false;
    }
    return true;
}

bool TidyAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    bool ok = true;
    const auto column = [&](const char *label, int &index, bool required) {
        index = columnOf(header, label);
        if (index < 0 && required) {
            ctx.fail(1, 0, tr("The column \"%1\" is missing.").arg(QLatin1String(label)));
            ok = false;
        }
        for (int i = index + 1; index >= 0 && i < header.size(); ++i) {
            if (header.at(i).compare(QLatin1String(label), Qt::CaseInsensitive) == 0) {
                ctx.fail(1, i + 1, tr("The column \"%1\" appears more than once.").arg(QLatin1String(label)));
                ok = false;
            }
        }
    };
    column("indicator", m_col.indicator, true);
    column("area", m_col.area, true);
    column("period", m_col.period, true);
    column("value", m_col.value, true);
    column("denominator", m_col.denominator, false);
    column("sample_size", m_col.sampleSize, false);
    column("unit", m_col.unit, false);
    return ok;
}

void TidyAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    const auto reject = [&](int column, const QString &message) {
        ctx.reject(row.line(), column + 1, message);
    };

    const QString key = row.text(m_col.indicator);
    const qsizetype colon = key.indexOf(u':');
    if (key.isEmpty())
        return reject(m_col.indicator, tr("\"indicator\" is empty."));
    if (key.trimmed() != key)
        return reject(m_col.indicator, tr("\"indicator\" has spaces at the start or end: \"%1\"").arg(key));
    if (colon <= 0 || colon == key.size() - 1) {
        return reject(
            m_col.indicator,
            tr("\"indicator\" must be written source:category (e.g. ons.pfa:Burglary): \"%1\"").arg(key));
    }

    const auto area = ctx.areas().resolve(row.text(m_col.area));
    if (!area) {
        return reject(m_col.area,
                      tr("\"area\" is neither a GSS code nor the name of an area the Workbench knows: "
                         "\"%1\"")
                          .arg(row.text(m_col.area)));
    }

    const auto period = Period::parse(row.text(m_col.period));
    if (!period) {
        return reject(m_col.period,
                      tr("\"period\" is not a period (expected e.g. 2024-01, 2024-Q1, 2024/25, 2024 "
                         "or R12:2024-09): \"%1\"")
                          .arg(row.text(m_col.period)));
    }

    Unit unit = Unit::Count;
    if (m_col.unit >= 0 && !row.isEmpty(m_col.unit)) {
        const auto named = fromName<Unit>(row.text(m_col.unit));
        if (!named) {
            return reject(m_col.unit,
                          tr("\"unit\" is not one of %1: \"%2\"").arg(unitNames(), row.text(m_col.unit)));
        }
        unit = *named;
    }
    if (const auto it = m_units.constFind(key); it != m_units.constEnd() && *it != unit) {
        return reject(m_col.unit >= 0 ? m_col.unit : m_col.indicator,
                      tr("\"unit\" is %1, but an earlier row gave %2 for the indicator \"%3\".")
                          .arg(toName(unit), toName(*it), key));
    }

    if (row.isEmpty(m_col.value))
        return reject(m_col.value, tr("\"value\" is empty."));
    const auto value = numbers::parseDecimal(row.bytes(m_col.value));
    if (!value) {
        return reject(
            m_col.value,
            tr("\"value\" is not a number (digits with an optional '.'): \"%1\"").arg(row.text(m_col.value)));
    }
    if (unit == Unit::Count && *value < 0)
        return reject(m_col.value,
                      tr("\"value\" is a count and cannot be negative: \"%1\"").arg(row.text(m_col.value)));
    if (unit == Unit::Percent && (*value < 0 || *value > 1)) {
        return reject(m_col.value, tr("\"value\" is a percentage, written as a proportion between 0 and 1 "
                                      "(0.56 for 56%): \"%1\"")
                                       .arg(row.text(m_col.value)));
    }

    ObservationSet::Values values;
    values.value = *value;
    if (m_col.denominator >= 0 && !row.isEmpty(m_col.denominator)) {
        const auto denominator = numbers::parseDecimal(row.bytes(m_col.denominator));
        if (!denominator || *denominator < 0) {
            return reject(
                m_col.denominator,
                tr("\"denominator\" is not a number of 0 or more: \"%1\"").arg(row.text(m_col.denominator)));
        }
        values.denominator = *denominator;
    }
    if (m_col.sampleSize >= 0 && !row.isEmpty(m_col.sampleSize)) {
        const auto sampleSize = numbers::parseCount(row.bytes(m_col.sampleSize));
        if (!sampleSize) {
            return reject(m_col.sampleSize, tr("\"sample_size\" is not a whole number of 0 or more: \"%1\"")
                                                .arg(row.text(m_col.sampleSize)));
        }
        values.sampleSize = *sampleSize;
    }

    // set() keeps nothing when it refuses, and the indicator it needs already exists then
    // (an earlier row declared it), so a rejected duplicate contributes nothing.
    ObservationSet &set = ctx.observations();
    const int indicator = set.indicator(key, key.mid(colon + 1), unit, kindOf(unit));
    if (!set.set(indicator, set.area(*area), *period, values)) {
        return reject(m_col.value,
                      tr("The row is a duplicate of an earlier row for the same indicator, area and "
                         "period with a different value."));
    }
    m_units.insert(key, unit);
}

void TidyAdapter::finish(ImportContext &) {}

} // namespace cw
