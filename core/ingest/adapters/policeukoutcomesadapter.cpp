#include "ingest/adapters/policeukoutcomesadapter.h"

#include "ingest/byteview.h"
#include "domain/area.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"
#include "ingest/lsoaareas.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::PoliceUkOutcomesAdapter", text);
}

} // namespace

PoliceUkOutcomesAdapter::PoliceUkOutcomesAdapter() = default;
PoliceUkOutcomesAdapter::~PoliceUkOutcomesAdapter() = default;

QString PoliceUkOutcomesAdapter::name() const
{
    return QStringLiteral("policeuk.outcome");
}

QString PoliceUkOutcomesAdapter::title() const
{
    return tr("police.uk outcomes");
}

QString PoliceUkOutcomesAdapter::sourceCode() const
{
    return QStringLiteral("policeuk");
}

QString PoliceUkOutcomesAdapter::sourceName() const
{
    return QStringLiteral("police.uk");
}

QString PoliceUkOutcomesAdapter::licence() const
{
    return QStringLiteral(
        "Contains public sector information licensed under the Open Government Licence v3.0.");
}

// The street files have "Crime type" (and "Last outcome category"); the outcomes files do not.
bool PoliceUkOutcomesAdapter::accepts(const QStringList &header) const
{
    return header.contains(QLatin1String("Crime ID")) && header.contains(QLatin1String("Outcome type")) &&
           header.contains(QLatin1String("Falls within")) && header.contains(QLatin1String("LSOA name")) &&
           header.contains(QLatin1String("Month")) && !header.contains(QLatin1String("Crime type"));
}

bool PoliceUkOutcomesAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    const auto column = [&](const char *label, int &index) {
        index = int(header.indexOf(QLatin1String(label)));
        if (index < 0)
            ctx.fail(1, 0, tr("The column \"%1\" is missing.").arg(QLatin1String(label)));
        return index >= 0;
    };
    bool ok = column("Month", m_col.month);
    ok = column("Falls within", m_col.fallsWithin) && ok;
    ok = column("LSOA name", m_col.lsoaName) && ok;
    ok = column("Outcome type", m_col.outcome) && ok;
    m_lsoa = std::make_unique<LsoaAreas>(ctx.areas());
    return ok;
}

std::optional<Period> PoliceUkOutcomesAdapter::monthFor(std::string_view text)
{
    const QByteArray key = byteView(text);
    if (const auto it = m_months.constFind(key); it != m_months.constEnd())
        return *it;
    const auto period = Period::parse(QString::fromUtf8(key));
    if (!period || period->kind() != Period::Kind::Month)
        return std::nullopt;
    m_months.insert(QByteArray(key.constData(), key.size()), *period);
    return period;
}

// The area of the force the row "Falls within" (e.g. "Metropolitan Police Service" →
// E23000001), or an empty code when the text names no force the Workbench knows.
const QString &PoliceUkOutcomesAdapter::forceFor(std::string_view text, const ImportContext &ctx)
{
    const QByteArray key = byteView(text);
    if (const auto it = m_forces.constFind(key); it != m_forces.constEnd())
        return *it;
    const Area *area = ctx.areas().find(QString::fromUtf8(key));
    const QString code = area && area->kind == AreaKind::Force ? area->code : QString();
    return *m_forces.insert(QByteArray(key.constData(), key.size()), code);
}

int PoliceUkOutcomesAdapter::indicatorFor(std::string_view outcome, ImportContext &ctx)
{
    const QByteArray key = byteView(outcome);
    if (const auto it = m_indicators.constFind(key); it != m_indicators.constEnd())
        return *it;
    const QString label = QString::fromUtf8(key);
    const int index = ctx.observations().indicator(QStringLiteral("policeuk.outcome:") + label, label,
                                                   Unit::Count, QStringLiteral("count"));
    m_indicators.insert(QByteArray(key.constData(), key.size()), index);
    return index;
}

void PoliceUkOutcomesAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    const auto month = monthFor(row.bytes(m_col.month));
    if (!month) {
        ctx.reject(row.line(), m_col.month + 1,
                   tr("\"Month\" is not a month (expected YYYY-MM): \"%1\"").arg(row.text(m_col.month)));
        return;
    }
    const std::string_view outcome = row.bytes(m_col.outcome);
    if (outcome.empty()) {
        ctx.reject(row.line(), m_col.outcome + 1, tr("\"Outcome type\" is empty."));
        return;
    }
    const QString &force = forceFor(row.bytes(m_col.fallsWithin), ctx);
    if (force.isEmpty()) {
        ctx.reject(row.line(), m_col.fallsWithin + 1,
                   tr("\"Falls within\" names a force the Workbench does not know: \"%1\"")
                       .arg(row.text(m_col.fallsWithin)));
        return;
    }

    // Every field is valid: now the row counts, in its borough and in its force.
    const QString &areaCode = m_lsoa->areaFor(row.bytes(m_col.lsoaName), force);
    if (m_lsoa->isUnallocated(areaCode))
        ++ctx.counters().unallocated;
    ObservationSet &set = ctx.observations();
    const int indicator = indicatorFor(outcome, ctx);
    set.add(indicator, set.area(areaCode), *month, 1);
    set.add(indicator, set.area(force), *month, 1);
}

// Nothing is left to derive: the force totals are counted row by row.
void PoliceUkOutcomesAdapter::finish(ImportContext &) {}

} // namespace cw
