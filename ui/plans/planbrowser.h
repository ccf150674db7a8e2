#pragma once

#include <QModelIndex>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QStackedWidget;
class QTreeView;
class QUndoCommand;

namespace cw {

class MeasureEditor;
class PlanModel;
class PlanSummary;
class Workspace;
struct Error;
struct Measure;

// The "Plans" page: the tree of plans, priorities and measures on the left and, on the right,
// the measure form (or a short summary of the plan or priority selected). Every change goes
// through an undo command on the workspace's stack; nothing here writes to the service.
// Built-in plans are read-only: their measures are shown read-only under a banner that offers
// to copy the plan. Service failures appear in a message line above the tree, not in a dialog.
//
// The browser owns its PlanModel; it must be destroyed before `workspace`.
class PlanBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit PlanBrowser(Workspace &workspace, QWidget *parent = nullptr);
    ~PlanBrowser() override;

    QTreeView *tree() const { return m_tree; }
    MeasureEditor *editor() const { return m_editor; }
    PlanModel *model() const { return m_model; }

    // Selects the first measure with code `measureCode` (in the plan with code `planCode`
    // when one is given). Returns whether there was one.
    bool selectMeasure(const QString &measureCode, const QString &planCode = {});

private:
    void createActions();
    QWidget *createDetails();
    QModelIndex currentIndex() const;
    void select(const QModelIndex &index);
    void onCurrentChanged();
    void updateActions();
    void updateDetails();

    void addPriority();
    void addMeasure();
    void removeSelected();
    void copyPlan();
    void applyEdit(const Measure &before, const Measure &after);
    bool push(QUndoCommand *command);

    void showError(const Error &error);
    void clearMessage();

    Workspace &m_workspace;
    PlanModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    MeasureEditor *m_editor = nullptr;
    QStackedWidget *m_details = nullptr;
    PlanSummary *m_summary = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_messageLine = nullptr;
    QAction *m_addPriority = nullptr;
    QAction *m_addMeasure = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_copyPlan = nullptr;
};

} // namespace cw
