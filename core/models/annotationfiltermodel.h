#pragma once

#include <QSortFilterProxyModel>

namespace cw {

// The side panel's filters over an AnnotationModel: open / resolved / mine / internal.
// Filters apply to threads (top-level rows); a thread that passes shows all its replies.
// "Mine" keeps threads started by or replied to by the user; "Internal" keeps threads with
// any internal annotation.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State { All, Open, Resolved };

    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    void setMineOnly(bool mine);
    bool mineOnly() const { return m_mineOnly; }
    void setInternalOnly(bool internal);
    bool internalOnly() const { return m_internalOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    State m_state = State::All;
    bool m_mineOnly = false;
    bool m_internalOnly = false;
};

} // namespace cw
