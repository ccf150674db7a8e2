#include "ingest/adapters/populationadapter.h"

#include "domain/area.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"
#include "ingest/numbers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::PopulationAdapter", text);
}

const QString kForce = QStringLiteral("E23000001");

// "2011_Population" → 2011; 0 when the label is not a year column.
int yearOf(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_Population$"));
    const QRegularExpressionMatch match = pattern.match(label.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Aggregates the publisher adds to some editions (London E12, Inner/Outer London E13, England
// E92): sums of the boroughs, not areas of their own in the Workbench.
bool isAggregateCode(const QString &code)
{
    return code.startsWith(QLatin1String("E12")) || code.startsWith(QLatin1String("E13")) ||
           code.startsWith(QLatin1String("E92"));
}

} // namespace

PopulationAdapter::PopulationAdapter() = default;
PopulationAdapter::~PopulationAdapter() = default;

QString PopulationAdapter::name() const
{
    return QStringLiteral("population");
}

QString PopulationAdapter::title() const
{
    return tr("London borough population (ONS mid-year estimates)");
}

QString PopulationAdapter::sourceCode() const
{
    return QStringLiteral("ons");
}

QString PopulationAdapter::sourceName() const
{
    return QStringLiteral("ONS mid-year population estimates (London Datastore)");
}

QString PopulationAdapter::licence() const
{
    return QStringLiteral("Open Government Licence v3.0");
}

bool PopulationAdapter::accepts(const QStringList &header) const
{
    if (header.size() < 3 || header.first().trimmed() != QLatin1String("Code") ||
        !header.contains(QLatin1String("Area name")))
        return false;
    for (const QString &label : header) {
        if (yearOf(label) > 0)
            return true;
    }
    return false;
}

bool PopulationAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    m_codeColumn = int(header.indexOf(QLatin1String("Code")));
    m_nameColumn = int(header.indexOf(QLatin1String("Area name")));
    bool ok = true;
    if (m_codeColumn < 0) {
        ctx.fail(1, 0, tr("The column \"Code\" is missing."));
        ok = false;
    }
    if (m_nameColumn < 0) {
        ctx.fail(1, 0, tr("The column \"Area name\" is missing."));
        ok = false;
    }
    m_yearColumns.clear();
    m_years.clear();
    for (int i = 0; i < header.size(); ++i) {
        const int year = yearOf(header.at(i));
        if (year == 0)
            continue;
        const Period period = Period::calendarYear(year);
        if (year < 1900 || !period.isValid()) {
            ctx.fail(1, i + 1,
                     tr("\"%1\" is not a year column (expected e.g. 2011_Population).").arg(header.at(i)));
            ok = false;
            continue;
        }
        if (m_years.contains(period)) {
            ctx.fail(1, i + 1, tr("The year %1 has two columns.").arg(year));
            ok = false;
            continue;
        }
        m_yearColumns.append(i);
        m_years.append(period);
    }
    if (m_yearColumns.isEmpty()) {
        ctx.fail(1, 0, tr("There is no year column (e.g. 2011_Population)."));
        ok = false;
    }
    m_forceBoroughs.clear();
    for (const Area &area : ctx.areas().areas()) {
        if (area.kind == AreaKind::LocalAuthority && area.parentCode == kForce)
            m_forceBoroughs.insert(area.code);
    }
    return ok;
}

void PopulationAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    const QString code = row.text(m_codeColumn).trimmed();
    const QString name = row.text(m_nameColumn).trimmed();
    const Area *area = ctx.areas().find(code);
    if (!area || area->code != code) {
        if (isAggregateCode(code))
            return; // London / Inner / Outer London / England: the sum of the boroughs
        ctx.reject(row.line(), m_codeColumn + 1,
                   tr("\"Code\" is not the GSS code of an area the Workbench knows: \"%1\"").arg(code));
        return;
    }
    const Area *named = ctx.areas().find(name);
    if (!named || named->code != area->code) {
        ctx.reject(row.line(), m_nameColumn + 1,
                   tr("\"Area name\" does not name the area %1 (%2): \"%3\"").arg(code, area->name, name));
        return;
    }
    // Every value is checked before any is kept, so that a rejected row adds nothing.
    m_values.clear();
    for (qsizetype i = 0; i < m_yearColumns.size(); ++i) {
        const int column = m_yearColumns.at(i);
        const auto value = numbers::parseCount(row.bytes(column));
        if (!value || *value == 0) {
            ctx.reject(row.line(), column + 1,
                       tr("\"%1\" is not a population (a whole number above 0, no separators): \"%2\"")
                           .arg(QStringLiteral("%1_Population").arg(m_years.at(i).start().year()),
                                row.text(column)));
            return;
        }
        const auto earlier =
            ctx.observations().value(QLatin1String(populationIndicatorKey), area->code, m_years.at(i));
        if (earlier && earlier->value != double(*value)) {
            ctx.reject(row.line(), column + 1,
                       tr("%1 appears twice with different populations for %2 (%3 here, %4 before).")
                           .arg(area->name)
                           .arg(m_years.at(i).start().year())
                           .arg(*value)
                           .arg(earlier->value));
            return;
        }
        m_values.append(*value);
    }
    ObservationSet &set = ctx.observations();
    const int indicator = set.indicator(QLatin1String(populationIndicatorKey), QStringLiteral("Population"),
                                        Unit::Count, QStringLiteral("count"));
    const int areaIndex = set.area(area->code);
    for (qsizetype i = 0; i < m_values.size(); ++i)
        set.set(indicator, areaIndex, m_years.at(i), {double(m_values.at(i)), {}, {}});
}

// The force area's population: the 32 boroughs the MPS polices, in the years all are present.
void PopulationAdapter::finish(ImportContext &ctx)
{
    if (ctx.failed() || m_forceBoroughs.isEmpty())
        return;
    ObservationSet &set = ctx.observations();
    for (const Period &year : std::as_const(m_years)) {
        double total = 0;
        bool complete = true;
        for (const QString &code : std::as_const(m_forceBoroughs)) {
            const auto value = set.value(QLatin1String(populationIndicatorKey), code, year);
            if (!value) {
                complete = false;
                break;
            }
            total += value->value;
        }
        if (!complete)
            continue;
        const int indicator =
            set.indicator(QLatin1String(populationIndicatorKey), QStringLiteral("Population"), Unit::Count,
                          QStringLiteral("count"));
        set.set(indicator, set.area(kForce), year, {total, {}, {}});
    }
}

} // namespace cw
