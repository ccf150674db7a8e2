#pragma once

#include <QHash>
#include <QWidget>

#include "domain/pack.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace cw {

class AnnotationDelegate;
class AnnotationFilterModel;
class AnnotationModel;
class Workspace;

// The annotations side panel of a pack: its threads (comments on items and on data points)
// with their replies; filters open / resolved / mine / internal; Comment on the selected item
// (or one of its data points), Reply, Resolve / Reopen — each an undo command on the
// workspace's stack, authored by cw::currentUserName(). Choosing a thread asks the owner to
// show its item (itemRequested) or its data point (pointRequested). Must be destroyed before
// `workspace`.
class AnnotationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationPanel(Workspace &workspace, QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    // The pack lineage whose threads are shown (empty: none).
    void setPackUid(const QString &packUid);
    // Item uid → title, for what each thread is on.
    void setItemTitles(const QHash<QString, QString> &titles);
    // The item new comments go on (null: none selected).
    void setCurrentItem(const PackItem *item);

    AnnotationModel *model() const { return m_model; }
    AnnotationFilterModel *filterModel() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    // The thread root or reply selected, as its uid (empty: none).
    QString currentUid() const;
    bool selectAnnotation(const QString &uid);

    void addComment();
    void reply();
    void toggleResolved();

Q_SIGNALS:
    void itemRequested(const QString &itemUid);
    void pointRequested(const QString &measureCode, const QString &areaCode, const QString &periodKey);

private:
    void updateState();
    void activate(const QModelIndex &index);

    Workspace &m_workspace;
    QString m_packUid;
    PackItem m_item;
    bool m_hasItem = false;
    AnnotationModel *m_model = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_internal = nullptr;
    QTreeView *m_tree = nullptr;
    AnnotationDelegate *m_delegate = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_comment = nullptr;
    QPushButton *m_reply = nullptr;
    QPushButton *m_resolve = nullptr;
};

} // namespace cw
