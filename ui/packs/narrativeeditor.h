#pragma once

#include <QWidget>

class QTextEdit;
class QTimer;
class QToolBar;

namespace cw {

class PendingEditFilter;

// Rich text for a narrative item: headings, bold, italics, bulleted and numbered lists. The
// editor never writes: when typing pauses (about a second), the field loses focus or Undo is
// pressed, the body is read back as HTML and bodyEdited() is emitted if it changed, for the
// owner to push as one undo command (so a burst of typing is one step, not one per key).
class NarrativeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NarrativeEditor(QWidget *parent = nullptr);
    ~NarrativeEditor() override;

    // Shows `html`; a refresh with the HTML already shown keeps the cursor and pending typing.
    void setBody(const QString &html);
    QString body() const;
    void setReadOnly(bool readOnly);
    QTextEdit *textEdit() const { return m_edit; }
    // Emits bodyEdited now if the text differs from what was last set or emitted.
    void commit();

Q_SIGNALS:
    void bodyEdited(const QString &html);

private:
    void setHeading(int level);
    void toggleList(bool numbered);

    QTextEdit *m_edit = nullptr;
    QToolBar *m_toolbar = nullptr;
    QTimer *m_pause = nullptr;
    QString m_shown; // the body last set or emitted, as HTML
    bool m_loading = false;
    PendingEditFilter *m_filter = nullptr; // removed first when this goes
};

} // namespace cw
