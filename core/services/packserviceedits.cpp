// PackService: sections, items and lines of enquiry (the edits undo commands make).
#include "services/packservice.h"

#include "services/transact.h"
#include "storage/auditlog.h"
#include "storage/packrepository.h"
#include "storage/storedtime.h"
#include "util/currentuser.h"

namespace cw {

namespace {

void assignUids(PackItem &item)
{
    if (item.uid.isEmpty())
        item.uid = newUid();
    for (LineOfEnquiry &line : item.enquiries) {
        if (line.uid.isEmpty())
            line.uid = newUid();
    }
}

// Records an edit of a pack's contents against the pack's lineage.
void audit(const Database &db, qint64 packId, const QString &action, const QString &detail,
           const QDateTime &at)
{
    const QString uid = db.scalar(QStringLiteral("SELECT uid FROM pack WHERE id = ?"), {packId}).toString();
    AuditLog(db).record(QStringLiteral("pack"), uid, action, currentUserName(), at, detail);
}

} // namespace

Result<PackSection> PackService::insertSection(qint64 packId, const PackSection &section, int position)
{
    if (auto error = checkEditable(packId))
        return *error;
    PackSection s = section;
    if (s.title.trimmed().isEmpty())
        return fail(tr("A section needs a title."));
    if (s.uid.isEmpty())
        s.uid = newUid();
    for (PackItem &item : s.items) {
        item.frozenFacts.clear();
        assignUids(item);
        if (auto error = validate(item))
            return *error;
    }
    auto result = runInTransaction(m_db, tr("The section could not be added."), [&] {
        PackRepository repository(m_db);
        position = std::clamp(position, 0, repository.sectionCount(packId));
        const PackSection stored = repository.insertSection(packId, s, position);
        audit(m_db, packId, QStringLiteral("section_added"), stored.title, m_clock());
        return *repository.section(stored.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT sectionInserted(packId, result.value(), position);
    return result;
}

Result<PackSection> PackService::updateSection(const PackSection &section)
{
    const qint64 packId = [&] {
        try {
            return PackRepository(m_db).packIdOfSection(section.id);
        } catch (const StorageError &) {
            return qint64(0);
        }
    }();
    if (packId == 0)
        return fail(tr("The pack section no longer exists."));
    if (auto error = checkEditable(packId))
        return *error;
    if (section.title.trimmed().isEmpty())
        return fail(tr("A section needs a title."));
    auto result = runInTransaction(m_db, tr("The section could not be saved."), [&] {
        PackRepository repository(m_db);
        repository.updateSectionTitle(section.id, section.title);
        audit(m_db, packId, QStringLiteral("section_renamed"), section.title, m_clock());
        return *repository.section(section.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT sectionChanged(result.value());
    return result;
}

Result<void> PackService::removeSection(qint64 sectionId)
{
    auto existing = section(sectionId);
    if (!existing)
        return existing.error();
    if (auto error = checkEditable(existing->packId))
        return *error;
    auto result = runInTransaction(m_db, tr("The section could not be removed."), [&] {
        PackRepository(m_db).deleteSection(sectionId);
        audit(m_db, existing->packId, QStringLiteral("section_removed"), existing->title, m_clock());
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT sectionRemoved(existing->packId, sectionId);
    return {};
}

Result<void> PackService::moveSection(qint64 sectionId, int toPosition)
{
    auto existing = section(sectionId);
    if (!existing)
        return existing.error();
    if (auto error = checkEditable(existing->packId))
        return *error;
    int from = 0;
    auto result = runInTransaction(m_db, tr("The section could not be moved."), [&] {
        PackRepository repository(m_db);
        from = repository.positionOfSection(sectionId);
        toPosition = std::clamp(toPosition, 0, repository.sectionCount(existing->packId) - 1);
        if (from != toPosition) {
            repository.moveSection(sectionId, toPosition);
            audit(m_db, existing->packId, QStringLiteral("section_moved"), existing->title, m_clock());
        }
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    if (from != toPosition)
        Q_EMIT sectionMoved(existing->packId, sectionId, from, toPosition);
    return {};
}

Result<PackItem> PackService::insertItem(qint64 sectionId, const PackItem &item, int position)
{
    qint64 packId = 0;
    try {
        packId = PackRepository(m_db).packIdOfSection(sectionId);
    } catch (const StorageError &error) {
        return fail(tr("The pack section could not be read."), error.detail());
    }
    if (packId == 0)
        return fail(tr("The pack section no longer exists."));
    if (auto error = checkEditable(packId))
        return *error;
    PackItem i = item;
    i.frozenFacts.clear();
    assignUids(i);
    if (auto error = validate(i))
        return *error;
    auto result = runInTransaction(m_db, tr("The item could not be added."), [&] {
        PackRepository repository(m_db);
        position = std::clamp(position, 0, repository.itemCount(sectionId));
        const PackItem stored = repository.insertItem(sectionId, i, position);
        audit(m_db, packId, QStringLiteral("item_added"), stored.title, m_clock());
        return *repository.item(stored.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT itemInserted(sectionId, result.value(), position);
    return result;
}

Result<PackItem> PackService::updateItem(const PackItem &item)
{
    qint64 packId = 0;
    try {
        packId = PackRepository(m_db).packIdOfSection(PackRepository(m_db).sectionIdOfItem(item.id));
    } catch (const StorageError &error) {
        return fail(tr("The pack item could not be read."), error.detail());
    }
    if (packId == 0)
        return fail(tr("The pack item no longer exists."));
    if (auto error = checkEditable(packId))
        return *error;
    PackItem i = item;
    assignUids(i);
    if (auto error = validate(i))
        return *error;
    auto result = runInTransaction(m_db, tr("The item could not be saved."), [&] {
        PackRepository repository(m_db);
        repository.updateItem(i);
        audit(m_db, packId, QStringLiteral("item_edited"), i.title, m_clock());
        return *repository.item(i.id);
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT itemChanged(result.value());
    return result;
}

Result<void> PackService::removeItem(qint64 itemId)
{
    auto existing = item(itemId);
    if (!existing)
        return existing.error();
    qint64 packId = 0;
    try {
        packId = PackRepository(m_db).packIdOfSection(existing->sectionId);
    } catch (const StorageError &error) {
        return fail(tr("The pack item could not be read."), error.detail());
    }
    if (auto error = checkEditable(packId))
        return *error;
    auto result = runInTransaction(m_db, tr("The item could not be removed."), [&] {
        PackRepository(m_db).deleteItem(itemId);
        audit(m_db, packId, QStringLiteral("item_removed"), existing->title, m_clock());
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    Q_EMIT itemRemoved(existing->sectionId, itemId);
    return {};
}

Result<void> PackService::moveItem(qint64 itemId, qint64 toSectionId, int toPosition)
{
    auto existing = item(itemId);
    if (!existing)
        return existing.error();
    qint64 packId = 0;
    qint64 targetPackId = 0;
    try {
        packId = PackRepository(m_db).packIdOfSection(existing->sectionId);
        targetPackId = PackRepository(m_db).packIdOfSection(toSectionId);
    } catch (const StorageError &error) {
        return fail(tr("The pack could not be read."), error.detail());
    }
    if (targetPackId != packId)
        return fail(tr("An item can only move within its own pack."));
    if (auto error = checkEditable(packId))
        return *error;
    int from = 0;
    bool moved = false;
    auto result = runInTransaction(m_db, tr("The item could not be moved."), [&] {
        PackRepository repository(m_db);
        from = repository.positionOfItem(itemId);
        const int count = repository.itemCount(toSectionId) - (toSectionId == existing->sectionId ? 1 : 0);
        toPosition = std::clamp(toPosition, 0, count);
        moved = toSectionId != existing->sectionId || from != toPosition;
        if (moved) {
            repository.moveItem(itemId, toSectionId, toPosition);
            audit(m_db, packId, QStringLiteral("item_moved"), existing->title, m_clock());
        }
    });
    if (!result)
        return fail(result.error().message, result.error().detail);
    if (moved)
        Q_EMIT itemMoved(itemId, existing->sectionId, from, toSectionId, toPosition);
    return {};
}

} // namespace cw
