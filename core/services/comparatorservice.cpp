#include "services/comparatorservice.h"

#include "domain/period.h"
#include "reference/referencedata.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/observationrepository.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace cw {

namespace {

const QString kEnglandAndWales = QStringLiteral("K04000001");
const QString kPopulation = QStringLiteral("ons.pfa:Population");

int monthIndex(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

Period yearEarlier(const Period &period)
{
    return Period::rolling12(period.end().year() - 1, period.end().month());
}

QString percentText(double percent)
{
    return QLocale().toString(std::abs(percent), 'f', 1) + QLatin1Char('%');
}

} // namespace

ComparatorService::ComparatorService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Result<ComparatorResult> ComparatorService::compare(const Measure &measure, const QString &subjectAreaCode,
                                                    const QString &asOfMonth, qint64 asOfBatch) const
{
    std::optional<Period> asOf;
    if (!asOfMonth.isEmpty()) {
        asOf = Period::parse(asOfMonth);
        if (!asOf || asOf->kind() != Period::Kind::Month)
            return Error{tr("\"%1\" is not a month (expected e.g. 2019-09).").arg(asOfMonth)};
    }

    ComparatorResult result;
    static const ComparatorReference reference = ReferenceData::comparators();
    const ComparatorDefinition *definition = reference.find(measure.code);
    if (!definition) {
        result.note = tr("No national comparator: the police force area tables publish no figure with the "
                         "definition of \"%1\".")
                          .arg(measure.title);
        return result;
    }
    result.definition = definition->note;

    try {
        const ObservationRepository observations(m_db);
        QHash<QString, QString> names;
        for (const Area &area : AreaRepository(m_db).all())
            names.insert(area.code, area.name);
        const auto nameOf = [&](const QString &code) { return names.value(code, code); };

        // The measure's national figure in an area per rolling 12 months: the sum of its
        // indicators, only where every one of them is published.
        const auto counts = [&](const QString &code) {
            QMap<Period, double> sums;
            QMap<Period, int> present;
            for (const QString &key : definition->indicatorKeys) {
                const auto points =
                    observations.series(key, code, Period::Kind::Rolling12, {}, {}, asOfBatch);
                for (const SeriesPoint &point : points) {
                    if (const auto period = Period::parse(point.period)) {
                        sums[*period] += point.value;
                        ++present[*period];
                    }
                }
            }
            for (auto it = present.cbegin(); it != present.cend(); ++it) {
                if (it.value() != definition->indicatorKeys.size())
                    sums.remove(it.key());
            }
            return sums;
        };
        // The mid-year population the national table would use for the period: the latest
        // estimate for a year before the period ends.
        const auto population = [&](const QString &code, const Period &period) -> std::optional<double> {
            const auto points =
                observations.series(kPopulation, code, Period::Kind::CalendarYear, {}, {}, asOfBatch);
            std::optional<double> found;
            for (const SeriesPoint &point : points) {
                const auto year = Period::parse(point.period);
                if (year && year->start().year() < period.end().year())
                    found = point.value;
            }
            return found;
        };

        const QMap<Period, double> subject = counts(subjectAreaCode);
        std::optional<Period> matched;
        const QList<Period> held = subject.keys();
        for (auto it = held.crbegin(); it != held.crend(); ++it) {
            if (asOf && it->end() > asOf->end())
                continue;
            if (subject.contains(yearEarlier(*it))) {
                matched = *it;
                break;
            }
        }
        if (!matched) {
            result.note =
                subject.isEmpty()
                    ? tr("No national figures for %1 in %2: import the ONS police force area tables "
                         "(they cover police force areas, not boroughs).")
                          .arg(measure.title, nameOf(subjectAreaCode))
                    : tr("No national figures for %1 in %2 for 12 months ending by %3 together with the "
                         "same 12 months a year earlier.")
                          .arg(measure.title, nameOf(subjectAreaCode),
                               asOf ? asOf->label() : tr("the latest month"));
            return result;
        }
        const Period previous = yearEarlier(*matched);
        result.matchedPeriod = matched->key();
        result.matchedLabel = matched->label();
        result.lagMonths = asOf ? monthIndex(asOf->end()) - monthIndex(matched->end()) : 0;

        ComparatorCounts subjectCounts{subjectAreaCode, nameOf(subjectAreaCode), subject.value(*matched),
                                       subject.value(previous), population(subjectAreaCode, *matched)};
        result.subjectCurrent = subjectCounts.current;
        result.subjectPrevious = subjectCounts.previous;
        result.subjectChange = percentChange(subjectCounts.current, subjectCounts.previous);
        result.subjectRate = ratePer1000(subjectCounts.current, subjectCounts.population);

        QList<ComparatorCounts> peers;
        for (const QString &code : reference.peerCodes) {
            if (code == subjectAreaCode)
                continue;
            const QMap<Period, double> series = counts(code);
            ComparatorCounts peer{code, nameOf(code), std::nullopt, std::nullopt, population(code, *matched)};
            if (series.contains(*matched))
                peer.current = series.value(*matched);
            if (series.contains(previous))
                peer.previous = series.value(previous);
            peers.append(peer);
        }
        // A national total cannot include a force whose figures were not available ("..", as
        // Greater Manchester Police for the year to September 2019): the table's England and
        // Wales then excludes that force, so the year-earlier total is made like for like by
        // taking the force's own year-earlier figure out of it (and the other way round).
        QStringList excluded;
        for (ComparatorCounts &ew : peers) {
            if (ew.areaCode != kEnglandAndWales || !ew.current || !ew.previous)
                continue;
            for (const ComparatorCounts &force : std::as_const(peers)) {
                if (force.areaCode == kEnglandAndWales || force.areaCode == subjectAreaCode)
                    continue;
                if (!force.current && force.previous) {
                    ew.previous = *ew.previous - *force.previous;
                    excluded.append(force.name);
                } else if (force.current && !force.previous) {
                    ew.current = *ew.current - *force.current;
                    excluded.append(force.name);
                }
            }
            if (!excluded.isEmpty()) {
                ew.name = tr("%1 (excluding %2, not available in one of the years)")
                              .arg(ew.name, excluded.join(QLatin1String(", ")));
            }
        }

        std::optional<PeerComparison> headline;
        ComparatorCounts forces{QStringLiteral("most-similar-forces"),
                                tr("the most similar forces (combined)"), 0.0, 0.0, 0.0};
        int forcesUsed = 0;
        for (const ComparatorCounts &peer : std::as_const(peers)) {
            PeerComparison row = comparePeer(subjectCounts, peer, measure.polarity, m_options);
            if (peer.areaCode == kEnglandAndWales && row.flag != ComparatorFlag::NotAvailable)
                headline = row;
            if (peer.areaCode != kEnglandAndWales && peer.current && peer.previous) {
                forces.current = *forces.current + *peer.current;
                forces.previous = *forces.previous + *peer.previous;
                forces.population = peer.population && forces.population
                                        ? std::optional<double>(*forces.population + *peer.population)
                                        : std::nullopt;
                ++forcesUsed;
            }
            result.peers.append(row);
        }
        if (forcesUsed > 0) {
            PeerComparison row = comparePeer(subjectCounts, forces, measure.polarity, m_options);
            if (!headline && row.flag != ComparatorFlag::NotAvailable)
                headline = row;
            result.peers.append(row);
        }

        const QString period = matched->label();
        QString subjectText;
        if (result.subjectChange) {
            const double change = *result.subjectChange;
            subjectText =
                change > 0   ? tr("%1 rose %2 in the %3").arg(measure.title, percentText(change), period)
                : change < 0 ? tr("%1 fell %2 in the %3").arg(measure.title, percentText(change), period)
                             : tr("%1 was unchanged in the %2").arg(measure.title, period);
        } else {
            subjectText = tr("%1 cannot be given as a change in the %2").arg(measure.title, period);
        }
        QString note;
        if (headline) {
            result.flag = headline->flag;
            const QString peerText =
                headline->percentChange
                    ? (*headline->percentChange >= 0 ? tr("a rise of %1 for %2") : tr("a fall of %1 for %2"))
                          .arg(percentText(*headline->percentChange), headline->name)
                    : headline->name;
            note = tr("%1, against %2. Comparator flag: %3 — %4")
                       .arg(subjectText, peerText, comparatorFlagLabel(result.flag), headline->reason);
        } else {
            note = tr("%1; no national peer has figures for both years, so there is no comparison.")
                       .arg(subjectText);
        }
        if (asOf) {
            QString lag = tr("The national figures end with the scorecard's month.");
            if (result.lagMonths == 1)
                lag = tr("National data lag the scorecard (%1) by 1 month.").arg(asOf->label());
            else if (result.lagMonths > 1)
                lag = tr("National data lag the scorecard (%1) by %2 months.")
                          .arg(asOf->label())
                          .arg(result.lagMonths);
            note += QLatin1Char(' ') + lag;
        }
        result.note = note;
        return result;
    } catch (const StorageError &error) {
        return Error{tr("The national figures for %1 could not be read.").arg(measure.code), error.detail()};
    }
}

} // namespace cw
