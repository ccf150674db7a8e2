#pragma once

#include <QHash>
#include <QWidget>

#include "domain/pack.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace cw {

class PendingEditFilter;

class EnquiriesEditor;
class MeasureItemEditor;
class NarrativeEditor;
class Workspace;

// The centre of the pack editor: the selected section (its title) or item (title, visibility
// and the editor for its kind — measure, narrative, lines of enquiry, or the actions carried
// forward placeholder). It never writes: finished edits come out as itemEdited(before, after,
// what) and sectionEdited(before, after) for the owner to push as undo commands. Fields being
// typed in are committed when they lose focus, when typing pauses, and before Undo/Redo.
class PackItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PackItemEditor(Workspace &workspace, QWidget *parent = nullptr);
    ~PackItemEditor() override;

    void showNothing();
    void showSection(const PackSection &section);
    // `facts`: the measure item's key facts; `numbers`: enquiry numbers in the pack (line uid →
    // number) and `firstNumber` for new lines; `asOfBatch`: the approved pack's vintage.
    void showItem(const PackItem &item, const QList<KeyFact> &facts, const QHash<QString, int> &numbers,
                  int firstNumber, qint64 asOfBatch);
    void setReadOnly(bool readOnly);
    // Emits what is being typed now (the narrative, a title) as a finished edit.
    void commit();

    qint64 itemId() const { return m_hasItem ? m_item.id : 0; }
    MeasureItemEditor *measureEditor() const { return m_measure; }
    NarrativeEditor *narrativeEditor() const { return m_narrative; }
    EnquiriesEditor *enquiriesEditor() const { return m_enquiries; }
    QLineEdit *titleEdit() const { return m_title; }

Q_SIGNALS:
    void itemEdited(const cw::PackItem &before, const cw::PackItem &after, const QString &what);
    void sectionEdited(const cw::PackSection &before, const cw::PackSection &after);

private:
    void commitTitle();
    void emitItem(const PackItem &after, const QString &what);

    PackItem m_item;
    PackSection m_section;
    bool m_hasItem = false;
    bool m_hasSection = false;
    bool m_readOnly = false;
    bool m_loading = false;
    PendingEditFilter *m_filter = nullptr; // removed first when this goes
    QLabel *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_visibility = nullptr;
    QLabel *m_visibilityLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_blank = nullptr;
    MeasureItemEditor *m_measure = nullptr;
    NarrativeEditor *m_narrative = nullptr;
    EnquiriesEditor *m_enquiries = nullptr;
    QLabel *m_actions = nullptr;
};

} // namespace cw
