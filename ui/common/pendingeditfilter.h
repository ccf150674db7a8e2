#pragma once

#include <functional>

#include <QObject>

namespace cw {

// Makes a text field (QLineEdit, QTextEdit, QPlainTextEdit) play with the workspace's undo
// stack: text being typed is committed (`commit`, which pushes an undo command if anything
// changed) when the field loses focus, and before Undo/Redo shortcuts, which the field would
// otherwise take for its own private undo. The shortcut then reaches the Edit menu's action, so
// Ctrl+Z in a field undoes the last committed edit, including what was just typed.
class PendingEditFilter : public QObject
{
    Q_OBJECT

public:
    PendingEditFilter(QObject *field, std::function<void()> commit, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QObject *m_field;
    std::function<void()> m_commit;
};

} // namespace cw
