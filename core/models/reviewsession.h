#pragma once

#include "domain/action.h"
#include "util/result.h"

#include <QDate>
#include <QObject>

namespace cw {

class ActionService;

// Meeting review mode without widgets: the outstanding actions for a meeting
// (ActionService::reviewList, taken once at start()) stepped through one by one, recording an
// update or a status change for the current one. The list stays fixed while reviewing (an
// action closed during the review stays in place, shown with its new status), so previous()
// always returns to what was seen. The GUI maps keys to next()/previous()/record().
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    ReviewSession(ActionService &service, QObject *parent = nullptr);

    // Starts reviewing a meeting's actions as of `today` (invalid: the current date); the
    // first action becomes current (none when the list is empty).
    Result<void> start(qint64 meetingId, const QDate &today = {});

    int count() const { return int(m_actions.size()); }
    int position() const { return m_position; } // 0-based; -1 when empty
    bool isEmpty() const { return m_actions.isEmpty(); }
    const Action *current() const;
    QList<Action> actions() const { return m_actions; }
    int reviewedCount() const; // actions that got an update in this session
    bool isReviewed(int position) const;
    QDate today() const { return m_today; }

    bool hasNext() const;
    bool hasPrevious() const;
    bool next();     // false at the end
    bool previous(); // false at the start
    bool goTo(int position);

    // Records an update for the current action (a follow-up dated today() unless the request
    // dates it), refreshes it in place and, when `advance`, moves to the next one.
    Result<FollowUp> record(const FollowUpRequest &request, bool advance = true);

Q_SIGNALS:
    void currentChanged(int position);
    void actionUpdated(int position);
    void finished(); // record() advanced past the last action

private:
    ActionService &m_service;
    qint64 m_meetingId = 0;
    QDate m_today;
    QList<Action> m_actions;
    QList<bool> m_reviewed;
    int m_position = -1;
};

} // namespace cw
