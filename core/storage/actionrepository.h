#pragma once

#include "domain/action.h"
#include "services/carriedforward.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

// Actions, their follow-ups (insert and read only: there is deliberately no statement that
// changes or deletes a follow-up), the reference counters and the carried-forward lists frozen
// with approved packs. Callers own the transaction.
class ActionRepository
{
public:
    explicit ActionRepository(const Database &db)
        : m_db(db)
    {}

    QList<Action> all() const; // by prefix, year, number
    QList<Action> ofMeeting(qint64 meetingId) const;
    std::optional<Action> action(qint64 actionId) const;
    std::optional<Action> byReference(const QString &reference) const; // case-insensitive

    // The next number for `prefix` and `year` (1, 2, …); bumps the counter, which never goes back.
    int allocateNumber(const QString &prefix, int year) const;
    // Stores an action whose uid and reference are set; keeps a non-zero id. Returns the id.
    qint64 insert(const Action &action, const QString &prefix, int year, int number) const;
    void update(const Action &action) const; // editable fields and updated_by/at
    void updateStatus(qint64 actionId, ActionStatus status, qint64 supersededById, const QString &by,
                      const QDateTime &at) const;
    void remove(qint64 actionId) const;
    // Actions whose superseded_by_id is `actionId`.
    int supersededByCount(qint64 actionId) const;

    QList<FollowUp> followUps(qint64 actionId) const; // by date, then id
    QList<FollowUp> followUpsOf(const QList<qint64> &actionIds) const;
    std::optional<FollowUp> followUp(qint64 followUpId) const;
    qint64 insertFollowUp(const FollowUp &followUp) const;
    QStringList followUpUids(qint64 actionId) const;

    QList<ActionOwner> owners() const; // most recently used first
    QStringList leads() const;

    void writeCarriedForward(qint64 packId, const QList<CarriedForwardAction> &actions) const;
    QList<CarriedForwardAction> carriedForward(qint64 packId) const;

private:
    QList<Action> select(const QString &where, const QVariantList &binds) const;

    const Database &m_db;
};

} // namespace cw
