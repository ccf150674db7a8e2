// PackService: key facts and the comparison between approved versions.
#include "services/packservice.h"

#include "analysis/countchange.h"
#include "report/keyfacts.h"
#include "services/scorecardservice.h"
#include "storage/database.h"
#include "storage/packrepository.h"
#include "storage/storageerror.h"

#include <QSet>

#include <cmath>
#include <tuple>

namespace cw {

namespace {

Period yearBefore(const Period &period)
{
    return Period::fromStart(period.kind(), period.start().addYears(-1));
}

const MeasurePoint *findPoint(const QList<MeasurePoint> &points, const Period &period)
{
    for (const MeasurePoint &p : points) {
        if (p.period == period)
            return &p;
    }
    return nullptr;
}

// A quarter or financial year against the one a year earlier, for a monthly count.
std::pair<ChangeSummary, std::optional<MeasurePoint>> countComparison(const MeasureDetail &detail,
                                                                      Period::Kind kind)
{
    ChangeSummary change;
    const QList<MeasurePoint> aggregated = MeasureSeries::aggregate(detail.monthly, kind);
    if (aggregated.isEmpty())
        return {change, std::nullopt};
    const MeasurePoint latest = aggregated.last();
    const Period previous = yearBefore(latest.period);
    change.comparison = comparisonLabel(latest.period, previous);
    change.current = latest.value;
    if (const MeasurePoint *before = findPoint(aggregated, previous)) {
        const CountChange cc =
            compareCounts(change.comparison, qint64(std::llround(latest.value)),
                          qint64(std::llround(before->value)), detail.row.measure.polarity);
        change.previous = before->value;
        change.percent = cc.percent;
        change.test = cc.testName;
        change.statistic = cc.statistic;
        change.pValue = cc.pValue;
        change.flag = cc.flag;
    }
    return {change, latest};
}

QString shown(const std::optional<double> &value)
{
    if (!value)
        return {};
    const bool whole = std::abs(*value - std::round(*value)) < 1e-9;
    return QString::number(*value, 'f', whole ? 0 : 2);
}

} // namespace

Result<QList<KeyFact>> PackService::generateKeyFacts(const MeasureItemSpec &spec, qint64 asOfBatch) const
{
    QList<KeyFact> facts;
    for (const QString &areaCode : spec.areaCodes) {
        ScorecardOptions options;
        options.planCode = spec.planCode;
        options.areaCode = areaCode;
        options.asOf = spec.toPeriod;
        options.asOfBatch = asOfBatch;
        auto detail = m_scorecards.measure(spec.measureCode, options);
        if (!detail)
            return detail.error();
        const Measure &measure = detail->row.measure;
        ChangeSummary change = detail->row.change;
        std::optional<MeasurePoint> latest = detail->row.latest;
        const bool monthlyCount = measure.unit == Unit::Count && !detail->monthly.isEmpty();
        if (monthlyCount && spec.comparison != PackComparison::Rolling12Months) {
            std::tie(change, latest) = countComparison(
                *detail, spec.comparison == PackComparison::QuarterOnYear ? Period::Kind::Quarter
                                                                          : Period::Kind::FinancialYear);
        }
        KeyFactInput input;
        input.measureTitle = measure.title;
        input.unit = measure.unit;
        input.polarity = measure.polarity;
        input.areaCode = areaCode;
        try {
            input.areaName =
                m_db.scalar(QStringLiteral("SELECT name FROM area WHERE code = ?"), {areaCode}).toString();
        } catch (const StorageError &error) {
            return fail(tr("The area %1 could not be read.").arg(areaCode), error.detail());
        }
        const QString storedName = input.areaName;
        // The Metropolitan Police force area reads as London in a sentence.
        if (areaCode == QLatin1String("E23000001"))
            input.areaName = tr("London");
        if (latest) {
            input.currentLabel = periodPhrase(latest->period);
            input.previousLabel = previousPeriodPhrase(latest->period, yearBefore(latest->period));
        }
        KeyFact fact = generateKeyFact(input, change, latest);
        fact.areaName = storedName;
        facts.append(fact);
    }
    return facts;
}

Result<QList<KeyFact>> PackService::keyFacts(qint64 itemId) const
{
    auto i = item(itemId);
    if (!i)
        return i.error();
    if (i->kind != PackItemKind::Measure)
        return QList<KeyFact>();
    QString status;
    try {
        status =
            m_db.scalar(QStringLiteral("SELECT p.status FROM pack p JOIN pack_section s ON s.pack_id = p.id "
                                       "WHERE s.id = ?"),
                        {i->sectionId})
                .toString();
    } catch (const StorageError &error) {
        return fail(tr("The pack could not be read."), error.detail());
    }
    if (status == toName(PackStatus::Approved))
        return i->frozenFacts;
    return generateKeyFacts(i->measure);
}

Result<PackVersionDiff> PackService::changesSincePreviousApproved(qint64 packId) const
{
    auto current = pack(packId);
    if (!current)
        return current.error();
    auto all = versions(current->meetingId);
    if (!all)
        return all.error();
    PackVersionDiff diff;
    for (const PackVersion &v : all.value()) {
        if (v.version < current->version && v.status == PackStatus::Approved) {
            diff.previousPackId = v.id;
            diff.previousVersion = v.version;
        }
    }
    QHash<QString, PackItem> before;
    if (diff.previousPackId != 0) {
        auto previous = pack(diff.previousPackId);
        if (!previous)
            return previous.error();
        for (const PackSection &s : previous->sections) {
            for (const PackItem &item : s.items) {
                if (item.kind == PackItemKind::Measure)
                    before.insert(item.uid, item);
            }
        }
    }
    QSet<QString> seen;
    for (const PackSection &s : current->sections) {
        for (const PackItem &item : s.items) {
            if (item.kind != PackItemKind::Measure)
                continue;
            seen.insert(item.uid);
            if (!before.contains(item.uid)) {
                diff.addedItemUids.append(item.uid);
                continue;
            }
            QList<KeyFact> now = item.frozenFacts;
            if (current->status != PackStatus::Approved) {
                auto generated = generateKeyFacts(item.measure);
                if (!generated)
                    return generated.error();
                now = generated.value();
            }
            const QList<KeyFact> then = before.value(item.uid).frozenFacts;
            for (const KeyFact &after : now) {
                KeyFact old;
                bool found = false;
                for (const KeyFact &k : then) {
                    if (k.areaCode == after.areaCode) {
                        old = k;
                        found = true;
                    }
                }
                const auto add = [&](const QString &field, const QString &b, const QString &a) {
                    if (b != a)
                        diff.changes.append(
                            {item.uid, item.title, item.measure.measureCode, after.areaCode, field, b, a});
                };
                if (!found) {
                    add(QStringLiteral("text"), QString(), after.text);
                    continue;
                }
                add(QStringLiteral("latest_value"), shown(old.latestValue), shown(after.latestValue));
                add(QStringLiteral("current"), shown(old.current), shown(after.current));
                add(QStringLiteral("previous"), shown(old.previous), shown(after.previous));
                add(QStringLiteral("percent"), shown(old.percent), shown(after.percent));
                add(QStringLiteral("points"), shown(old.points), shown(after.points));
                add(QStringLiteral("flag"), old.flag, after.flag);
            }
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!seen.contains(it.key()))
            diff.removedItemUids.append(it.key());
    }
    diff.removedItemUids.sort();
    return diff;
}

} // namespace cw
