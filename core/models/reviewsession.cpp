#include "models/reviewsession.h"

#include "services/actionservice.h"

namespace cw {

ReviewSession::ReviewSession(ActionService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

Result<void> ReviewSession::start(qint64 meetingId, const QDate &today)
{
    m_today = today.isValid() ? today : QDate::currentDate();
    auto list = m_service.reviewList(meetingId, m_today);
    if (!list)
        return list.error();
    m_meetingId = meetingId;
    m_actions = list.value();
    m_reviewed = QList<bool>(m_actions.size(), false);
    m_position = m_actions.isEmpty() ? -1 : 0;
    Q_EMIT currentChanged(m_position);
    return {};
}

const Action *ReviewSession::current() const
{
    return m_position >= 0 && m_position < m_actions.size() ? &m_actions.at(m_position) : nullptr;
}

int ReviewSession::reviewedCount() const
{
    return int(m_reviewed.count(true));
}

bool ReviewSession::isReviewed(int position) const
{
    return position >= 0 && position < m_reviewed.size() && m_reviewed.at(position);
}

bool ReviewSession::hasNext() const
{
    return m_position >= 0 && m_position + 1 < m_actions.size();
}

bool ReviewSession::hasPrevious() const
{
    return m_position > 0;
}

bool ReviewSession::next()
{
    return hasNext() && goTo(m_position + 1);
}

bool ReviewSession::previous()
{
    return hasPrevious() && goTo(m_position - 1);
}

bool ReviewSession::goTo(int position)
{
    if (position < 0 || position >= m_actions.size())
        return false;
    if (position != m_position) {
        m_position = position;
        Q_EMIT currentChanged(m_position);
    }
    return true;
}

Result<FollowUp> ReviewSession::record(const FollowUpRequest &request, bool advance)
{
    const Action *action = current();
    if (!action)
        return Error{tr("There is no action to record an update for.")};
    FollowUpRequest dated = request;
    if (!dated.date.isValid())
        dated.date = std::min(m_today, QDate::currentDate());
    auto added = m_service.addFollowUp(action->id, dated);
    if (!added)
        return added;
    const int position = m_position;
    if (auto refreshed = m_service.action(action->id))
        m_actions[position] = refreshed.value();
    m_reviewed[position] = true;
    Q_EMIT actionUpdated(position);
    if (advance) {
        if (hasNext())
            next();
        else
            Q_EMIT finished();
    }
    return added;
}

} // namespace cw
