#pragma once

#include "domain/action.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cw {

struct Meeting;

// One line of a pack's "Actions carried forward" item: an action as it stood for a meeting.
// A plain snapshot (no ids to follow), so an approved pack can keep it as it was.
struct CarriedForwardAction
{
    QString actionUid;
    QString reference;
    QString title;
    QString owner; // ActionOwner::display()
    QString mopacLead;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    bool overdue = false;
    QString latestUpdate; // empty when there is none
    QDate latestUpdateOn;
    friend bool operator==(const CarriedForwardAction &, const CarriedForwardAction &) = default;
};

// What PackService asks for the carried-forward actions of a meeting (implemented by
// ActionService), so packs do not depend on the actions' storage or rules. Called outside any
// transaction.
class CarriedForwardSource
{
public:
    virtual ~CarriedForwardSource() = default;
    virtual Result<QList<CarriedForwardAction>> carriedForward(const Meeting &meeting) const = 0;
};

} // namespace cw
