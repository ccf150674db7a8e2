#include "common/pendingeditfilter.h"

#include <QEvent>
#include <QKeyEvent>

namespace cw {

PendingEditFilter::PendingEditFilter(QObject *field, std::function<void()> commit, QObject *parent)
    : QObject(parent ? parent : field)
    , m_field(field)
    , m_commit(std::move(commit))
{
    field->installEventFilter(this);
}

bool PendingEditFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return false;
    if (event->type() == QEvent::FocusOut) {
        m_commit();
    } else if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            m_commit();
            // Not accepted and not delivered: the shortcut goes to the Edit menu's action.
            event->ignore();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return false;
}

} // namespace cw
