#include "ingest/adapters/policeuksearchadapter.h"

#include "ingest/byteview.h"
#include "domain/area.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::PoliceUkSearchAdapter", text);
}

enum Dimension { Object = 0, Outcome = 1, Ethnicity = 2 };

constexpr std::array<const char *, 3> kPrefixes{
    "policeuk.search:object:", "policeuk.search:outcome:", "policeuk.search:ethnicity:"};

} // namespace

PoliceUkSearchAdapter::PoliceUkSearchAdapter()
    : m_london(QByteArrayLiteral("Europe/London"))
{}

PoliceUkSearchAdapter::~PoliceUkSearchAdapter() = default;

QString PoliceUkSearchAdapter::name() const
{
    return QStringLiteral("policeuk.search");
}

QString PoliceUkSearchAdapter::title() const
{
    return tr("police.uk stop and search");
}

QString PoliceUkSearchAdapter::sourceCode() const
{
    return QStringLiteral("policeuk");
}

QString PoliceUkSearchAdapter::sourceName() const
{
    return QStringLiteral("police.uk");
}

QString PoliceUkSearchAdapter::licence() const
{
    return QStringLiteral(
        "Contains public sector information licensed under the Open Government Licence v3.0.");
}

bool PoliceUkSearchAdapter::accepts(const QStringList &header) const
{
    return header.contains(QLatin1String("Type")) && header.contains(QLatin1String("Date")) &&
           header.contains(QLatin1String("Object of search")) && header.contains(QLatin1String("Outcome")) &&
           header.contains(QLatin1String("Officer-defined ethnicity"));
}

std::optional<QString> PoliceUkSearchAdapter::forceFromFileName(const QString &fileName,
                                                                const AreaResolver &areas)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-(.+)-stop-and-search\\.csv$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).fileName());
    if (!match.hasMatch())
        return std::nullopt;
    // police.uk names forces by slug: "metropolitan", "city-of-london", "greater-manchester".
    // "City of London" alone is the borough, so "<slug> Police" is tried first.
    const QString words = match.captured(1).replace(u'-', u' ');
    for (const QString &text : {QString(words + QLatin1String(" Police")), words}) {
        const Area *area = areas.find(text);
        if (area && area->kind == AreaKind::Force)
            return area->code;
    }
    return std::nullopt;
}

bool PoliceUkSearchAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    const auto column = [&](const char *label, int &index) {
        index = int(header.indexOf(QLatin1String(label)));
        if (index < 0)
            ctx.fail(1, 0, tr("The column \"%1\" is missing.").arg(QLatin1String(label)));
        return index >= 0;
    };
    bool ok = column("Date", m_col.date);
    ok = column("Object of search", m_col.object) && ok;
    ok = column("Outcome", m_col.outcome) && ok;
    ok = column("Officer-defined ethnicity", m_col.ethnicity) && ok;
    if (!m_london.isValid()) {
        ctx.fail(1, 0, tr("The time zone Europe/London is not available on this computer."));
        ok = false;
    }
    const auto force = forceFromFileName(ctx.fileName(), ctx.areas());
    if (!force) {
        ctx.fail(1, 0,
                 tr("Stop-and-search files do not name their police force; it is taken from the file name "
                    "as police.uk gives it (e.g. \"2023-01-metropolitan-stop-and-search.csv\"), but \"%1\" "
                    "names no force the Workbench knows.")
                     .arg(QFileInfo(ctx.fileName()).fileName()));
        return false;
    }
    m_force = ctx.observations().area(*force);
    return ok;
}

// The month of the instant in London local time. An instant written without an offset is
// taken as London local time already.
std::optional<Period> PoliceUkSearchAdapter::monthFor(std::string_view date) const
{
    const QString text = QString::fromUtf8(byteView(date));
    QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
    if (!instant.isValid())
        return std::nullopt;
    if (instant.timeSpec() == Qt::LocalTime)
        instant = QDateTime(instant.date(), instant.time(), m_london);
    const QDate local = instant.toTimeZone(m_london).date();
    const Period period = Period::month(local.year(), local.month());
    if (!period.isValid())
        return std::nullopt;
    return period;
}

int PoliceUkSearchAdapter::indicatorFor(int dimension, std::string_view value, ImportContext &ctx)
{
    QHash<QByteArray, int> &cache = m_indicators.at(size_t(dimension));
    const QByteArray key = byteView(value);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const QString label = value.empty() ? QStringLiteral("Not stated") : QString::fromUtf8(key);
    const QString fullKey = QLatin1String(kPrefixes.at(size_t(dimension))) + label;
    const int index =
        ctx.observations().indicator(fullKey, fullKey.section(u':', 1), Unit::Count, QStringLiteral("count"));
    cache.insert(QByteArray(key.constData(), key.size()), index);
    return index;
}

void PoliceUkSearchAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    const auto month = monthFor(row.bytes(m_col.date));
    if (!month) {
        ctx.reject(row.line(), m_col.date + 1,
                   tr("\"Date\" is not a date and time (expected e.g. 2023-01-01T00:12:00+00:00): \"%1\"")
                       .arg(row.text(m_col.date)));
        return;
    }
    ObservationSet &set = ctx.observations();
    if (m_all < 0) {
        m_all = set.indicator(QStringLiteral("policeuk.search:all"), QStringLiteral("all"), Unit::Count,
                              QStringLiteral("count"));
    }
    set.add(m_all, m_force, *month, 1);
    set.add(indicatorFor(Object, row.bytes(m_col.object), ctx), m_force, *month, 1);
    set.add(indicatorFor(Outcome, row.bytes(m_col.outcome), ctx), m_force, *month, 1);
    set.add(indicatorFor(Ethnicity, row.bytes(m_col.ethnicity), ctx), m_force, *month, 1);
}

void PoliceUkSearchAdapter::finish(ImportContext &) {}

} // namespace cw
