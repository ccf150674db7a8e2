#include "services/packservice.h"

#include "domain/period.h"
#include "services/transact.h"
#include "storage/actionrepository.h"
#include "storage/auditlog.h"
#include "storage/meetingrepository.h"
#include "storage/packrepository.h"
#include "storage/storedtime.h"
#include "util/currentuser.h"

#include <QSqlQuery>

namespace cw {

namespace {

const QString entityKind = QStringLiteral("pack");

// A copy of `pack`'s contents for a new pack: ids cleared, frozen facts dropped; uids kept
// (a new version of the same lineage) or renewed (another meeting's pack).
QList<PackSection> copyContents(const QList<PackSection> &sections, bool keepUids)
{
    QList<PackSection> out = sections;
    for (PackSection &s : out) {
        s.id = 0;
        s.packId = 0;
        if (!keepUids)
            s.uid = newUid();
        for (PackItem &item : s.items) {
            item.id = 0;
            item.sectionId = 0;
            item.frozenFacts.clear();
            if (!keepUids)
                item.uid = newUid();
            for (LineOfEnquiry &line : item.enquiries) {
                line.id = 0;
                if (!keepUids)
                    line.uid = newUid();
            }
        }
    }
    return out;
}

PackSection defaultSection(const QString &title, PackItemKind kind = PackItemKind::Narrative)
{
    PackSection s;
    s.uid = newUid();
    s.title = title;
    if (kind == PackItemKind::ActionsCarriedForward) {
        PackItem item;
        item.uid = newUid();
        item.kind = kind;
        item.title = title;
        s.items.append(item);
    }
    return s;
}

} // namespace

PackService::PackService(Database &db, ScorecardService &scorecards, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_scorecards(scorecards)
{}

Error PackService::fail(const QString &message, const QString &detail) const
{
    Error error{message, detail};
    Q_EMIT const_cast<PackService *>(this)->failed(error);
    return error;
}

// --- reading ---

Result<QList<PackVersion>> PackService::versions(qint64 meetingId) const
{
    try {
        return PackRepository(m_db).versions(meetingId);
    } catch (const StorageError &error) {
        return fail(tr("The pack versions could not be read."), error.detail());
    }
}

Result<Pack> PackService::pack(qint64 packId) const
{
    try {
        if (auto p = PackRepository(m_db).pack(packId))
            return *p;
    } catch (const StorageError &error) {
        return fail(tr("The pack could not be read."), error.detail());
    }
    return fail(tr("The pack no longer exists."));
}

Result<Pack> PackService::latestPack(qint64 meetingId) const
{
    auto list = versions(meetingId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return fail(tr("The meeting has no pack yet."));
    return pack(list->last().id);
}

Result<Pack> PackService::packVersion(qint64 meetingId, int version) const
{
    auto list = versions(meetingId);
    if (!list)
        return list.error();
    for (const PackVersion &v : list.value()) {
        if (v.version == version)
            return pack(v.id);
    }
    return fail(tr("The meeting's pack has no version %1.").arg(version));
}

Result<PackItem> PackService::item(qint64 itemId) const
{
    try {
        if (auto i = PackRepository(m_db).item(itemId))
            return *i;
    } catch (const StorageError &error) {
        return fail(tr("The pack item could not be read."), error.detail());
    }
    return fail(tr("The pack item no longer exists."));
}

Result<PackSection> PackService::section(qint64 sectionId) const
{
    try {
        if (auto s = PackRepository(m_db).section(sectionId))
            return *s;
    } catch (const StorageError &error) {
        return fail(tr("The pack section could not be read."), error.detail());
    }
    return fail(tr("The pack section no longer exists."));
}

std::optional<Error> PackService::checkEditable(qint64 packId) const
{
    try {
        const QVariant status = m_db.scalar(QStringLiteral("SELECT status FROM pack WHERE id = ?"), {packId});
        if (status.isNull())
            return fail(tr("The pack no longer exists."));
        if (status.toString() == toName(PackStatus::Approved))
            return fail(tr("An approved pack cannot be changed. Start a new version to change it."));
    } catch (const StorageError &error) {
        return fail(tr("The pack could not be read."), error.detail());
    }
    return std::nullopt;
}

std::optional<Error> PackService::validate(const PackItem &item) const
{
    try {
        if (item.kind == PackItemKind::Measure) {
            const MeasureItemSpec &spec = item.measure;
            if (spec.measureCode.trimmed().isEmpty())
                return fail(tr("A measure item needs a measure."));
            const QString planFilter =
                spec.planCode.isEmpty() ? QString() : QStringLiteral(" AND pl.code = ?");
            QVariantList binds{spec.measureCode};
            if (!spec.planCode.isEmpty())
                binds.append(spec.planCode);
            const int found =
                m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM measure m JOIN priority p ON p.id = "
                                           "m.priority_id JOIN plan pl ON pl.id = p.plan_id WHERE "
                                           "m.code = ?") +
                                planFilter,
                            binds)
                    .toInt();
            if (found == 0)
                return fail(spec.planCode.isEmpty()
                                ? tr("There is no measure %1.").arg(spec.measureCode)
                                : tr("The plan %1 has no measure %2.").arg(spec.planCode, spec.measureCode));
            if (spec.areaCodes.isEmpty())
                return fail(tr("A measure item needs at least one area."));
            for (const QString &code : spec.areaCodes) {
                if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM area WHERE code = ?"), {code}).toInt() ==
                    0)
                    return fail(tr("There is no area %1.").arg(code));
            }
            for (const QString &key : {spec.fromPeriod, spec.toPeriod}) {
                if (key.isEmpty())
                    continue;
                const auto period = Period::parse(key);
                if (!period || period->kind() != Period::Kind::Month)
                    return fail(tr("\"%1\" is not a month (use e.g. 2025-01).").arg(key));
            }
            if (!spec.fromPeriod.isEmpty() && !spec.toPeriod.isEmpty() && spec.fromPeriod > spec.toPeriod)
                return fail(tr("The period to show starts after it ends."));
        }
        for (const LineOfEnquiry &line : item.enquiries) {
            if (line.question.trimmed().isEmpty())
                return fail(tr("Every line of enquiry needs a question."));
        }
    } catch (const StorageError &error) {
        return fail(tr("The pack item could not be checked."), error.detail());
    }
    return std::nullopt;
}

// --- versions ---

Result<Pack> PackService::createPack(qint64 meetingId)
{
    Pack p;
    p.uid = newUid();
    p.meetingId = meetingId;
    p.version = 1;
    p.sections = {defaultSection(tr("Performance")), defaultSection(tr("Narrative")),
                  defaultSection(tr("Key lines of enquiry")),
                  defaultSection(tr("Actions carried forward"), PackItemKind::ActionsCarriedForward)};
    return insertPack(p);
}

Result<Pack> PackService::startFromLastPack(qint64 meetingId)
{
    qint64 previousMeeting = 0;
    try {
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT kind, starts_at FROM meeting WHERE id = ?"), {meetingId});
        if (!q.next())
            return fail(tr("The meeting no longer exists."));
        const QString kind = q.value(0).toString();
        const QString startsAt = q.value(1).toString();
        previousMeeting =
            m_db.scalar(QStringLiteral("SELECT m.id FROM meeting m WHERE m.kind = ? AND m.id <> ? AND "
                                       "m.starts_at < ? AND EXISTS (SELECT 1 FROM pack p WHERE "
                                       "p.meeting_id = m.id) ORDER BY m.starts_at DESC, m.id DESC"),
                        {kind, meetingId, startsAt})
                .toLongLong();
    } catch (const StorageError &error) {
        return fail(tr("The meetings could not be read."), error.detail());
    }
    if (previousMeeting == 0)
        return fail(tr("There is no earlier meeting of this kind with a pack to start from."));
    auto source = latestPack(previousMeeting);
    if (!source)
        return source.error();
    Pack p;
    p.uid = newUid();
    p.meetingId = meetingId;
    p.version = 1;
    p.basedOnPackId = source->id;
    p.sections = copyContents(source->sections, false);
    return insertPack(p);
}

Result<Pack> PackService::startNewVersion(qint64 meetingId)
{
    auto latest = latestPack(meetingId);
    if (!latest)
        return latest.error();
    if (latest->status != PackStatus::Approved)
        return fail(tr("A new version can only be started from an approved pack; version %1 is %2.")
                        .arg(latest->version)
                        .arg(displayName(latest->status).toLower()));
    Pack p;
    p.uid = latest->uid;
    p.meetingId = meetingId;
    p.version = latest->version + 1;
    p.basedOnPackId = latest->id;
    p.sections = copyContents(latest->sections, true);
    return insertPack(p);
}

Result<Pack> PackService::insertPack(const Pack &pack)
{
    Pack p = pack;
    if (p.uid.isEmpty())
        p.uid = newUid();
    if (p.createdBy.isEmpty()) {
        p.createdBy = currentUserName();
        p.createdAt = m_clock();
    }
    for (PackSection &s : p.sections) {
        if (s.uid.isEmpty())
            s.uid = newUid();
        for (PackItem &item : s.items) {
            if (item.uid.isEmpty())
                item.uid = newUid();
            for (LineOfEnquiry &line : item.enquiries) {
                if (line.uid.isEmpty())
                    line.uid = newUid();
            }
        }
    }
    try {
        if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM meeting WHERE id = ?"), {p.meetingId}).toInt() ==
            0)
            return fail(tr("The meeting no longer exists."));
        const int latest =
            m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM pack WHERE meeting_id = ?"),
                        {p.meetingId})
                .toInt();
        if (p.version != latest + 1)
            return fail(latest == 0
                            ? tr("The first version of a pack is version 1.")
                            : tr("The meeting already has a pack; its next version is %1.").arg(latest + 1));
        if (latest > 0) {
            const QString lineage =
                m_db.scalar(QStringLiteral("SELECT uid FROM pack WHERE meeting_id = ? AND version = ?"),
                            {p.meetingId, latest})
                    .toString();
            if (lineage != p.uid)
                return fail(tr("A meeting has one pack; start a new version of it instead."));
        }
    } catch (const StorageError &error) {
        return fail(tr("The pack could not be checked."), error.detail());
    }
    auto result = runInTransaction(m_db, tr("The pack could not be saved."), [&] {
        Pack stored = PackRepository(m_db).insertPack(p);
        AuditLog(m_db).record(entityKind, stored.uid, QStringLiteral("version_created"), currentUserName(),
                              m_clock(), tr("Version %1").arg(stored.version));
        return *PackRepository(m_db).pack(stored.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT packInserted(result.value());
    return result;
}

Result<void> PackService::removePack(qint64 packId)
{
    auto existing = pack(packId);
    if (!existing)
        return existing.error();
    if (existing->status == PackStatus::Approved)
        return fail(tr("An approved pack cannot be removed."));
    auto all = versions(existing->meetingId);
    if (!all)
        return all.error();
    if (all->last().id != packId)
        return fail(tr("Only the latest version of a pack can be removed."));
    auto result = runInTransaction(m_db, tr("The pack could not be removed."), [&] {
        PackRepository(m_db).deletePack(packId);
        AuditLog(m_db).record(entityKind, existing->uid, QStringLiteral("version_removed"), currentUserName(),
                              m_clock(), tr("Version %1").arg(existing->version));
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT packRemoved(existing->meetingId, packId);
    return {};
}

// --- workflow ---

Result<Pack> PackService::submitForReview(qint64 packId)
{
    auto p = pack(packId);
    if (!p)
        return p.error();
    if (p->status != PackStatus::Draft)
        return fail(tr("Only a draft pack can be sent for review; this one is %1.")
                        .arg(displayName(p->status).toLower()));
    Pack changed = p.value();
    changed.status = PackStatus::InReview;
    changed.submittedBy = currentUserName();
    changed.submittedAt = m_clock();
    auto result = runInTransaction(m_db, tr("The pack could not be sent for review."), [&] {
        PackRepository(m_db).updateWorkflow(changed);
        AuditLog(m_db).record(entityKind, changed.uid, QStringLiteral("submitted"), changed.submittedBy,
                              changed.submittedAt, tr("Version %1").arg(changed.version));
        return changed;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT packChanged(result.value());
    return result;
}

Result<Pack> PackService::returnToDraft(qint64 packId)
{
    auto p = pack(packId);
    if (!p)
        return p.error();
    if (p->status != PackStatus::InReview)
        return fail(tr("Only a pack in review can go back to draft; this one is %1.")
                        .arg(displayName(p->status).toLower()));
    Pack changed = p.value();
    changed.status = PackStatus::Draft;
    auto result = runInTransaction(m_db, tr("The pack could not be returned to draft."), [&] {
        PackRepository(m_db).updateWorkflow(changed);
        AuditLog(m_db).record(entityKind, changed.uid, QStringLiteral("returned_to_draft"), currentUserName(),
                              m_clock(), tr("Version %1").arg(changed.version));
        return changed;
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT packChanged(result.value());
    return result;
}

Result<Pack> PackService::approve(qint64 packId)
{
    auto p = pack(packId);
    if (!p)
        return p.error();
    if (p->status != PackStatus::InReview)
        return fail(tr("A pack must be in review to be approved; this one is %1.")
                        .arg(displayName(p->status).toLower()));
    Pack changed = p.value();
    try {
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT id, label, imported_at FROM import_batch ORDER BY id DESC"));
        if (q.next()) {
            changed.vintageBatchId = q.value(0).toLongLong();
            changed.vintageLabel = q.value(1).toString();
            changed.vintageAt = fromStoredTime(q.value(2).toString());
        }
    } catch (const StorageError &error) {
        return fail(tr("The data's vintage could not be read."), error.detail());
    }
    // Freeze: the key facts as of the vintage, computed before anything is written.
    QHash<qint64, QList<KeyFact>> facts;
    for (const PackSection &s : changed.sections) {
        for (const PackItem &item : s.items) {
            if (item.kind != PackItemKind::Measure)
                continue;
            auto generated = generateKeyFacts(item.measure, changed.vintageBatchId);
            if (!generated)
                return fail(tr("The key facts of \"%1\" could not be computed, so the pack was not approved.")
                                .arg(item.title.isEmpty() ? item.measure.measureCode : item.title),
                            generated.error().message + QLatin1Char('\n') + generated.error().detail);
            facts.insert(item.id, generated.value());
        }
    }
    // The carried-forward actions as they stand now, frozen with the pack.
    QList<CarriedForwardAction> carried;
    if (m_carriedForward) {
        auto meeting = MeetingRepository(m_db).meeting(changed.meetingId);
        if (meeting) {
            auto live = m_carriedForward->carriedForward(*meeting);
            if (!live)
                return fail(
                    tr("The actions carried forward could not be read, so the pack was not approved."),
                    live.error().message + QLatin1Char('\n') + live.error().detail);
            carried = live.value();
        }
    }
    changed.status = PackStatus::Approved;
    changed.approvedBy = currentUserName();
    changed.approvedAt = m_clock();
    auto result = runInTransaction(m_db, tr("The pack could not be approved."), [&] {
        PackRepository repository(m_db);
        repository.updateWorkflow(changed);
        for (auto it = facts.cbegin(); it != facts.cend(); ++it)
            repository.writeKeyFacts(it.key(), it.value());
        ActionRepository(m_db).writeCarriedForward(packId, carried);
        AuditLog(m_db).record(
            entityKind, changed.uid, QStringLiteral("approved"), changed.approvedBy, changed.approvedAt,
            tr("Version %1, data as of batch %2").arg(changed.version).arg(changed.vintageBatchId));
        return *repository.pack(packId);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT packChanged(result.value());
    return result;
}

void PackService::setCarriedForwardSource(const CarriedForwardSource *source)
{
    m_carriedForward = source;
}

void PackService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

Result<QList<CarriedForwardAction>> PackService::carriedForward(qint64 packId) const
{
    try {
        auto p = PackRepository(m_db).pack(packId);
        if (!p)
            return fail(tr("There is no pack %1.").arg(packId));
        if (p->status == PackStatus::Approved)
            return ActionRepository(m_db).carriedForward(packId);
        auto meeting = MeetingRepository(m_db).meeting(p->meetingId);
        if (!m_carriedForward || !meeting)
            return QList<CarriedForwardAction>{};
        return m_carriedForward->carriedForward(*meeting);
    } catch (const StorageError &error) {
        return fail(tr("The actions carried forward could not be read."), error.detail());
    }
}

QHash<QString, int> PackService::enquiryNumbers(const Pack &pack)
{
    QHash<QString, int> numbers;
    int next = 1;
    for (const PackSection &s : pack.sections) {
        for (const PackItem &item : s.items) {
            if (item.kind != PackItemKind::LinesOfEnquiry)
                continue;
            for (const LineOfEnquiry &line : item.enquiries)
                numbers.insert(line.uid, next++);
        }
    }
    return numbers;
}

} // namespace cw
