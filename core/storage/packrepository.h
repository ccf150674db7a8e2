#pragma once

#include "domain/pack.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

// Pack versions with their sections, items, lines of enquiry and frozen key facts. Callers
// own the transaction. Positions are 0-based and dense within their parent. Insert calls keep
// non-zero ids (undo restores exactly what was removed) and generate the others.
class PackRepository
{
public:
    explicit PackRepository(const Database &db)
        : m_db(db)
    {}

    QList<PackVersion> versions(qint64 meetingId) const; // oldest first
    std::optional<Pack> pack(qint64 packId) const;       // whole tree
    std::optional<PackSection> section(qint64 sectionId) const;
    std::optional<PackItem> item(qint64 itemId) const;
    qint64 packIdOfSection(qint64 sectionId) const; // 0 when absent
    qint64 sectionIdOfItem(qint64 itemId) const;    // 0 when absent
    int sectionCount(qint64 packId) const;
    int itemCount(qint64 sectionId) const;
    int positionOfSection(qint64 sectionId) const;
    int positionOfItem(qint64 itemId) const;

    Pack insertPack(const Pack &pack) const;     // with everything it holds
    void updateWorkflow(const Pack &pack) const; // status, who/when, vintage
    void deletePack(qint64 packId) const;

    PackSection insertSection(qint64 packId, const PackSection &section, int position) const; // with items
    void updateSectionTitle(qint64 sectionId, const QString &title) const;
    void deleteSection(qint64 sectionId) const;
    void moveSection(qint64 sectionId, int toPosition) const;

    PackItem insertItem(qint64 sectionId, const PackItem &item, int position) const; // with enquiries, facts
    void updateItem(const PackItem &item) const; // fields and enquiries (not facts)
    void deleteItem(qint64 itemId) const;
    void moveItem(qint64 itemId, qint64 toSectionId, int toPosition) const;
    void writeKeyFacts(qint64 itemId, const QList<KeyFact> &facts) const;

private:
    QList<LineOfEnquiry> writeEnquiries(qint64 itemId, const QList<LineOfEnquiry> &enquiries) const;
    QList<PackItem> items(qint64 sectionId) const;
    void shift(const QString &table, const QString &parentColumn, qint64 parentId, int from, int delta) const;

    const Database &m_db;
};

} // namespace cw
