#include "ingest/adapters/policeukstreetadapter.h"

#include "ingest/byteview.h"
#include "domain/period.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::PoliceUkStreetAdapter", text);
}

// "2023-01" → months since year 0, or -1.
int parseMonth(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-')
        return -1;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (text[size_t(i)] < '0' || text[size_t(i)] > '9')
            return -1;
        year = year * 10 + (text[size_t(i)] - '0');
    }
    if (text[5] < '0' || text[5] > '1' || text[6] < '0' || text[6] > '9')
        return -1;
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    if (month < 1 || month > 12 || year < 1900)
        return -1;
    return year * 12 + month - 1;
}

// A 64-bit key for a Crime ID: police.uk IDs are 64 hex digits (a SHA-256), so their first 16
// digits already are a well-mixed 64-bit number; other IDs are hashed.
quint64 crimeKey(std::string_view id)
{
    if (id.size() == 64) {
        quint64 key = 0;
        bool hex = true;
        for (size_t i = 0; i < 16 && hex; ++i) {
            const char c = id[i];
            int v = 0;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            else
                hex = false;
            key = (key << 4) | quint64(v);
        }
        // Fold in the rest so that IDs sharing a prefix still differ.
        if (hex)
            return key ^ std::hash<std::string_view>{}(id.substr(16));
    }
    return std::hash<std::string_view>{}(id);
}

quint64 pack(int month, int area, int type, int force)
{
    return (quint64(quint32(month)) << 40) | (quint64(quint32(area) & 0xFFFF) << 24) |
           (quint64(quint32(type) & 0xFFF) << 12) | quint64(quint32(force) & 0xFFF);
}

} // namespace

PoliceUkStreetAdapter::PoliceUkStreetAdapter() = default;
PoliceUkStreetAdapter::~PoliceUkStreetAdapter() = default;

QString PoliceUkStreetAdapter::name() const
{
    return QStringLiteral("policeuk.street");
}

QString PoliceUkStreetAdapter::title() const
{
    return tr("police.uk street-level crime");
}

QString PoliceUkStreetAdapter::sourceCode() const
{
    return QStringLiteral("policeuk");
}

QString PoliceUkStreetAdapter::sourceName() const
{
    return QStringLiteral("police.uk");
}

QString PoliceUkStreetAdapter::licence() const
{
    return QStringLiteral(
        "Contains public sector information licensed under the Open Government Licence v3.0.");
}

bool PoliceUkStreetAdapter::accepts(const QStringList &header) const
{
    return header.contains(QLatin1String("Crime ID")) && header.contains(QLatin1String("Crime type")) &&
           header.contains(QLatin1String("LSOA name")) && header.contains(QLatin1String("Month"));
}

bool PoliceUkStreetAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    const auto column = [&](const char *name, int &index) {
        index = int(header.indexOf(QLatin1String(name)));
        if (index < 0)
            ctx.fail(1, 0, tr("The column \"%1\" is missing.").arg(QLatin1String(name)));
        return index >= 0;
    };
    bool ok = column("Crime ID", m_col.crimeId);
    ok = column("Month", m_col.month) && ok;
    ok = column("Falls within", m_col.fallsWithin) && ok;
    ok = column("LSOA name", m_col.lsoaName) && ok;
    ok = column("Crime type", m_col.crimeType) && ok;
    m_lsoa = std::make_unique<LsoaAreas>(ctx.areas());
    // police.uk rows are about 250 bytes; most carry a Crime ID.
    m_seenIds.reserve(size_t(std::min<qint64>(ctx.fileSize() / 200, qint64(1) << 26)));
    return ok;
}

int PoliceUkStreetAdapter::lookup(QHash<QByteArray, int> &table, QStringList &labels, std::string_view text)
{
    const QByteArray key = byteView(text);
    const auto it = table.constFind(key);
    if (it != table.constEnd())
        return *it;
    const int index = int(labels.size());
    labels.append(QString::fromUtf8(key));
    table.insert(QByteArray(key.constData(), key.size()), index);
    return index;
}

int PoliceUkStreetAdapter::forceFor(std::string_view text, const ImportContext &ctx)
{
    const QByteArray key = byteView(text);
    const auto it = m_forceIndex.constFind(key);
    if (it != m_forceIndex.constEnd())
        return *it;
    const int index = int(m_forces.size());
    m_forces.append(ctx.areas().resolve(QString::fromUtf8(key)).value_or(QString()));
    m_forceIndex.insert(QByteArray(key.constData(), key.size()), index);
    return index;
}

int PoliceUkStreetAdapter::areaFor(std::string_view lsoaName, int force)
{
    // Cached per force by the name's borough part ("Camden 001A" → "Camden").
    const size_t space = lsoaName.rfind(' ');
    const std::string_view prefix =
        space == std::string_view::npos ? std::string_view() : lsoaName.substr(0, space);
    const QByteArray key = byteView(prefix);
    if (size_t(force) >= m_areaIndex.size())
        m_areaIndex.resize(size_t(force) + 1);
    QHash<QByteArray, int> &cache = m_areaIndex[size_t(force)];
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QString code = m_lsoa->areaFor(lsoaName, m_forces.at(force));
    int index = int(m_areas.indexOf(code));
    if (index < 0) {
        index = int(m_areas.size());
        m_areas.append(code);
    }
    if (m_lsoa->isUnallocated(code))
        m_unallocated.insert(index);
    cache.insert(QByteArray(key.constData(), key.size()), index);
    return index;
}

void PoliceUkStreetAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    const int month = parseMonth(row.bytes(m_col.month));
    if (month < 0) {
        ctx.reject(row.line(), m_col.month + 1,
                   tr("\"Month\" is not a month (expected YYYY-MM): \"%1\"").arg(row.text(m_col.month)));
        return;
    }
    const std::string_view type = row.bytes(m_col.crimeType);
    if (type.empty()) {
        ctx.reject(row.line(), m_col.crimeType + 1, tr("\"Crime type\" is empty."));
        return;
    }
    // Rows come in runs of the same force, type and neighbourhood: the last answer is checked
    // before any hash lookup.
    const std::string_view falls = row.bytes(m_col.fallsWithin);
    if (!m_lastForce.matches(falls))
        m_lastForce.remember(falls, forceFor(falls, ctx));
    const int force = m_lastForce.index;
    if (m_forces.at(force).isEmpty()) {
        ctx.reject(row.line(), m_col.fallsWithin + 1,
                   tr("\"Falls within\" names a force the Workbench does not know: \"%1\"")
                       .arg(row.text(m_col.fallsWithin)));
        return;
    }
    const std::string_view id = row.bytes(m_col.crimeId);
    if (!id.empty() && !m_seenIds.insert(crimeKey(id))) {
        ++ctx.counters().duplicatesDropped;
        return;
    }
    const std::string_view lsoa = row.bytes(m_col.lsoaName);
    const size_t space = lsoa.rfind(' ');
    const std::string_view prefix =
        space == std::string_view::npos ? std::string_view() : lsoa.substr(0, space);
    if (!m_lastArea.matches(prefix) || m_lastAreaForce != force) {
        m_lastArea.remember(prefix, areaFor(lsoa, force));
        m_lastAreaForce = force;
    }
    const int area = m_lastArea.index;
    if (m_unallocated.contains(area))
        ++ctx.counters().unallocated;
    if (!m_lastType.matches(type))
        m_lastType.remember(type, lookup(m_typeIndex, m_types, type));
    const quint64 key = pack(month, area, m_lastType.index, force);
    if (key != m_pendingKey) {
        flushPending();
        m_pendingKey = key;
    }
    ++m_pendingCount;
}

void PoliceUkStreetAdapter::flushPending()
{
    if (m_pendingCount > 0)
        m_counts[m_pendingKey] += m_pendingCount;
    m_pendingCount = 0;
}

void PoliceUkStreetAdapter::finish(ImportContext &ctx)
{
    flushPending();
    ObservationSet &set = ctx.observations();
    QList<int> typeIndicators;
    for (const QString &type : std::as_const(m_types))
        typeIndicators.append(set.indicator(QStringLiteral("policeuk.street:") + type, type, Unit::Count,
                                            QStringLiteral("count")));
    QList<int> areas;
    for (const QString &code : std::as_const(m_areas))
        areas.append(set.area(code));
    QList<int> forces;
    for (const QString &code : std::as_const(m_forces))
        forces.append(code.isEmpty() ? -1 : set.area(code));
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        const quint64 key = it.key();
        const int monthIndex = int(key >> 40);
        const int area = int((key >> 24) & 0xFFFF);
        const int type = int((key >> 12) & 0xFFF);
        const int force = int(key & 0xFFF);
        const Period period = Period::month(monthIndex / 12, monthIndex % 12 + 1);
        const double count = double(it.value());
        set.add(typeIndicators.at(type), areas.at(area), period, count);
        // The force total is the sum of its boroughs and `unallocated`.
        if (forces.at(force) >= 0 && forces.at(force) != areas.at(area))
            set.add(typeIndicators.at(type), forces.at(force), period, count);
    }
}

} // namespace cw
