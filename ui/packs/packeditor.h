#pragma once

#include <QWidget>

#include "domain/pack.h"

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace cw {

class AnnotationPanel;
class EmptyStatePanel;
class PackItemEditor;
class PackModel;
class PackWorkflow;
class Workspace;

// The scrutiny pack of one meeting: on the left its sections and items (drag and drop, and
// Alt+Up / Alt+Down to move), in the centre the selected item's editor, on the right the
// annotations panel; above, the version selector, the workflow actions and a banner saying
// where the pack stands. Every edit is an undo command on the workspace's stack. An approved
// version is read-only. A meeting without a pack shows Create pack / Start from the last pack.
// Must be destroyed before `workspace`.
class PackEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PackEditor(Workspace &workspace, QWidget *parent = nullptr);
    ~PackEditor() override;

    // Shows the latest pack version of a meeting (or the empty state when it has none).
    void showMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }
    // Shows version `version` (1, 2, …) of the meeting's pack.
    bool showVersion(int version);
    bool selectItemUid(const QString &itemUid);

    PackModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    PackItemEditor *itemEditor() const { return m_editor; }
    AnnotationPanel *annotationPanel() const { return m_annotations; }
    PackWorkflow *workflow() const { return m_workflow; }
    QComboBox *versionCombo() const { return m_versions; }

    void createPack();
    void startFromLastPack();
    void addSection();
    void addItem(PackItemKind kind);
    void removeSelected();
    bool moveSelected(int delta);
    // Commits whatever is being typed (before the workspace closes, or a switch of item).
    void commit();

Q_SIGNALS:
    void backRequested();
    void failed(const QString &message);

private:
    void reloadVersions(qint64 selectPackId);
    void showPack(qint64 packId);
    void showCurrent();
    void updateState();
    void onItemChanged(const PackItem &item);
    void showPoint(const QString &measureCode, const QString &areaCode, const QString &periodKey);
    int firstEnquiryNumber(qint64 itemId) const;

    Workspace &m_workspace;
    qint64 m_meetingId = 0;
    PackModel *m_model = nullptr;
    PackWorkflow *m_workflow = nullptr;
    QLabel *m_heading = nullptr;
    QComboBox *m_versions = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePanel *m_empty = nullptr;
    QTreeView *m_tree = nullptr;
    PackItemEditor *m_editor = nullptr;
    AnnotationPanel *m_annotations = nullptr;
    QAction *m_addSection = nullptr;
    QAction *m_addItem = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_fromLast = nullptr;
    bool m_reloading = false;
};

} // namespace cw
