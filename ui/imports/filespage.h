#pragma once

#include "imports/importworker.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace cw {

// The import wizard's first page: the files to import (several at once), the format of
// each ("Detect automatically" or a named format) and whether invalid rows are skipped.
// Files can be added with a file dialog or dropped on the page.
class FilesPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { FileColumn, SizeColumn, FormatColumn, ColumnCount };

    explicit FilesPage(QWidget *parent = nullptr);

    // Adds files not already listed (in the order given).
    void addFiles(const QStringList &paths);
    QList<ImportJob> jobs() const;
    bool skipInvalid() const;
    void setSkipInvalid(bool skip);

    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeSelected();
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
};

} // namespace cw
