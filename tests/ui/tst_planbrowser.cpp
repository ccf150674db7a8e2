#include <memory>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include "models/planmodel.h"
#include "plans/measureeditor.h"
#include "plans/planbrowser.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

using namespace cw;

namespace {

constexpr auto kBuiltinCode = "PCP-2025-29";

// A fresh workspace in its own folder, with a plan browser shown on it.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<PlanBrowser> browser;
    std::unique_ptr<QAbstractItemModelTester> tester;

    bool setUp()
    {
        if (!dir.isValid())
            return false;
        auto created = Workspace::create(dir.filePath(QStringLiteral("test.cwb")));
        if (!created) {
            qWarning("%s\n%s", qPrintable(created.error().message), qPrintable(created.error().detail));
            return false;
        }
        workspace = std::move(created).value();
        browser = std::make_unique<PlanBrowser>(*workspace);
        tester = std::make_unique<QAbstractItemModelTester>(
            browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser->resize(1200, 800);
        browser->show();
        browser->activateWindow();
        return QTest::qWaitForWindowActive(browser.get());
    }

    ~Fixture()
    {
        tester.reset();
        browser.reset(); // panels before the workspace
    }

    PlanService &plans() const { return workspace->plans(); }
    QUndoStack &undoStack() const { return workspace->undoStack(); }

    template <typename T>
    T *find(const char *name) const
    {
        return browser->findChild<T *>(QLatin1String(name));
    }

    qint64 planIdByCode(const QString &code) const
    {
        const auto all = plans().plans();
        if (all) {
            for (const Plan &plan : *all) {
                if (plan.code == code)
                    return plan.id;
            }
        }
        return 0;
    }

    qint64 measureIdByCode(qint64 planId, const QString &code) const
    {
        const auto plan = plans().plan(planId);
        if (plan) {
            for (const Priority &priority : plan->priorities) {
                for (const Measure &measure : priority.measures) {
                    if (measure.code == code)
                        return measure.id;
                }
            }
        }
        return 0;
    }

    Measure storedMeasure(qint64 id) const
    {
        const auto measure = plans().measure(id);
        return measure ? *measure : Measure();
    }

    // Clicks the row like a person would: scrolled into view, then a mouse click on it.
    void click(const QModelIndex &index) const
    {
        QTreeView *tree = browser->tree();
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

    // Copies the built-in 2025–29 plan with the toolbar action; returns the copy's id.
    qint64 copyBuiltinPlan() const
    {
        const qint64 builtinId = planIdByCode(QLatin1String(kBuiltinCode));
        click(browser->model()->indexOfPlan(builtinId));
        find<QAction>("copyPlanAction")->trigger();
        return browser->model()->id(browser->tree()->currentIndex());
    }

    // Replaces the text of a line edit by typing, then presses Return.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
};

} // namespace

class TestPlanBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyThenEditTitleWithUndoRedo();
    void builtinPlanIsReadOnly();
    void polarityChangeIsOneCommand();
    void baselinePeriodIsValidated_data();
    void baselinePeriodIsValidated();
    void baselineValueUsesUkNotation();
    void definitionAppliesOnLeavingTheField();
    void addMeasureSelectsAndFocusesTitle();
    void removePriorityAsksFirstAndUndoRestores();
};

void TestPlanBrowser::copyThenEditTitleWithUndoRedo()
{
    Fixture f;
    QVERIFY(f.setUp());
    const int plansBefore = f.browser->model()->rowCount();

    const qint64 copyId = f.copyBuiltinPlan();
    QVERIFY(copyId != 0);
    QCOMPARE(f.browser->model()->rowCount(), plansBefore + 1);
    QCOMPARE(f.browser->model()->kind(f.browser->tree()->currentIndex()), PlanModel::NodeKind::Plan);
    const auto copy = f.plans().plan(copyId);
    QVERIFY(copy);
    QVERIFY(!copy->builtin);
    QCOMPARE(copy->code, QStringLiteral("PCP-2025-29-COPY"));
    QCOMPARE(f.undoStack().count(), 1);

    const qint64 robberyId = f.measureIdByCode(copyId, QStringLiteral("ROBBERY"));
    QVERIFY(robberyId != 0);
    f.click(f.browser->model()->indexOfMeasure(robberyId));
    auto *title = f.find<QLineEdit>("titleEdit");
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Robbery"));
    QVERIFY(!title->isReadOnly());
    QVERIFY(!f.find<QLabel>("builtinBanner")->isVisibleTo(f.browser.get()));

    Fixture::retype(title, QStringLiteral("Robbery of personal property"));
    QCOMPARE(f.storedMeasure(robberyId).title, QStringLiteral("Robbery of personal property"));
    QCOMPARE(f.undoStack().count(), 2);
    QCOMPARE(f.browser->model()->data(f.browser->model()->indexOfMeasure(robberyId)).toString(),
             QStringLiteral("Robbery of personal property"));

    f.undoStack().undo();
    QCOMPARE(f.storedMeasure(robberyId).title, QStringLiteral("Robbery"));
    QCOMPARE(title->text(), QStringLiteral("Robbery"));

    f.undoStack().redo();
    QCOMPARE(f.storedMeasure(robberyId).title, QStringLiteral("Robbery of personal property"));
    QCOMPARE(title->text(), QStringLiteral("Robbery of personal property"));

    // The built-in plan itself was never touched.
    const qint64 builtinId = f.planIdByCode(QLatin1String(kBuiltinCode));
    QCOMPARE(f.storedMeasure(f.measureIdByCode(builtinId, QStringLiteral("ROBBERY"))).title,
             QStringLiteral("Robbery"));
}

void TestPlanBrowser::builtinPlanIsReadOnly()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 builtinId = f.planIdByCode(QLatin1String(kBuiltinCode));
    const qint64 robberyId = f.measureIdByCode(builtinId, QStringLiteral("ROBBERY"));
    f.click(f.browser->model()->indexOfMeasure(robberyId));

    QVERIFY(f.browser->editor()->isReadOnly());
    QVERIFY(f.find<QLineEdit>("titleEdit")->isReadOnly());
    QVERIFY(!f.find<QComboBox>("polarityCombo")->isEnabled());
    auto *banner = f.find<QLabel>("builtinBanner");
    QVERIFY(banner->isVisibleTo(f.browser.get()));
    QVERIFY(banner->text().contains(QStringLiteral("cannot be edited")));
    QVERIFY(!f.find<QAction>("addMeasureAction")->isEnabled());
    QVERIFY(!f.find<QAction>("addPriorityAction")->isEnabled());
    QVERIFY(!f.find<QAction>("removeAction")->isEnabled());
    QVERIFY(f.find<QAction>("copyPlanAction")->isEnabled());

    // Typing into the read-only title changes nothing anywhere.
    Fixture::retype(f.find<QLineEdit>("titleEdit"), QStringLiteral("Changed"));
    QCOMPARE(f.storedMeasure(robberyId).title, QStringLiteral("Robbery"));
    QCOMPARE(f.undoStack().count(), 0);

    // On a copy, the banner goes and editing comes back.
    const qint64 copyId = f.copyBuiltinPlan();
    f.click(f.browser->model()->indexOfMeasure(f.measureIdByCode(copyId, QStringLiteral("ROBBERY"))));
    QVERIFY(!banner->isVisibleTo(f.browser.get()));
    QVERIFY(!f.browser->editor()->isReadOnly());
    QVERIFY(f.find<QAction>("addMeasureAction")->isEnabled());
    QVERIFY(f.find<QAction>("removeAction")->isEnabled());
}

void TestPlanBrowser::polarityChangeIsOneCommand()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 copyId = f.copyBuiltinPlan();
    const qint64 robberyId = f.measureIdByCode(copyId, QStringLiteral("ROBBERY"));
    QCOMPARE(f.storedMeasure(robberyId).polarity, Polarity::LowerIsBetter);
    f.click(f.browser->model()->indexOfMeasure(robberyId));
    const int before = f.undoStack().count();

    auto *polarity = f.find<QComboBox>("polarityCombo");
    QCOMPARE(polarity->currentData().toString(), QStringLiteral("lower"));
    QTest::keyClick(polarity, Qt::Key_Down); // "Higher is better"
    QCOMPARE(f.undoStack().count(), before + 1);
    QCOMPARE(f.storedMeasure(robberyId).polarity, Polarity::HigherIsBetter);
    QCOMPARE(f.storedMeasure(robberyId).title, QStringLiteral("Robbery")); // nothing else changed

    f.undoStack().undo();
    QCOMPARE(f.storedMeasure(robberyId).polarity, Polarity::LowerIsBetter);
    QCOMPARE(polarity->currentData().toString(), QStringLiteral("lower"));
}

void TestPlanBrowser::baselinePeriodIsValidated_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");

    QTest::newRow("financial year") << QStringLiteral("2023/24") << true << QStringLiteral("2023/24");
    QTest::newRow("month") << QStringLiteral("2024-01") << true << QStringLiteral("2024-01");
    QTest::newRow("quarter") << QStringLiteral("2024-Q2") << true << QStringLiteral("2024-Q2");
    QTest::newRow("words") << QStringLiteral("last year") << false << QStringLiteral("2024/25");
    QTest::newRow("month 13") << QStringLiteral("2024-13") << false << QStringLiteral("2024/25");
    QTest::newRow("financial year not consecutive")
        << QStringLiteral("2011/13") << false << QStringLiteral("2024/25");
}

void TestPlanBrowser::baselinePeriodIsValidated()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);

    Fixture f;
    QVERIFY(f.setUp());
    const qint64 copyId = f.copyBuiltinPlan();
    const qint64 robberyId = f.measureIdByCode(copyId, QStringLiteral("ROBBERY"));
    QCOMPARE(f.storedMeasure(robberyId).baseline.period, QStringLiteral("2024/25"));
    f.click(f.browser->model()->indexOfMeasure(robberyId));
    const int before = f.undoStack().count();

    auto *period = f.find<QLineEdit>("baselinePeriodEdit");
    Fixture::retype(period, typed);

    QCOMPARE(f.storedMeasure(robberyId).baseline.period, stored);
    QCOMPARE(f.undoStack().count(), accepted ? before + 1 : before);
    auto *error = f.find<QLabel>("baselinePeriodEditError");
    QVERIFY(error);
    QCOMPARE(error->isVisibleTo(f.browser.get()), !accepted);
    if (!accepted) {
        QVERIFY(error->text().contains(QStringLiteral("2024/25")));
        QCOMPARE(period->text(), typed); // kept for the person to correct
        // Another field can still be edited; the invalid period is not written with it.
        Fixture::retype(f.find<QLineEdit>("sourceEdit"), QStringLiteral("MPS"));
        QCOMPARE(f.storedMeasure(robberyId).source, QStringLiteral("MPS"));
        QCOMPARE(f.storedMeasure(robberyId).baseline.period, QStringLiteral("2024/25"));
    }
}

void TestPlanBrowser::baselineValueUsesUkNotation()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 copyId = f.copyBuiltinPlan();
    const qint64 robberyId = f.measureIdByCode(copyId, QStringLiteral("ROBBERY"));
    QVERIFY(!f.storedMeasure(robberyId).baseline.value.has_value());
    f.click(f.browser->model()->indexOfMeasure(robberyId));

    auto *value = f.find<QLineEdit>("baselineValueEdit");
    Fixture::retype(value, QStringLiteral("31,234.5"));
    QCOMPARE(f.storedMeasure(robberyId).baseline.value, std::optional<double>(31234.5));

    Fixture::retype(value, QStringLiteral("12,5")); // a decimal comma is not UK notation
    QCOMPARE(f.storedMeasure(robberyId).baseline.value, std::optional<double>(31234.5));
    QVERIFY(f.find<QLabel>("baselineValueEditError")->isVisibleTo(f.browser.get()));

    Fixture::retype(value, QString()); // empty: not published
    QVERIFY(!f.storedMeasure(robberyId).baseline.value.has_value());
}

void TestPlanBrowser::definitionAppliesOnLeavingTheField()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 copyId = f.copyBuiltinPlan();
    const qint64 robberyId = f.measureIdByCode(copyId, QStringLiteral("ROBBERY"));
    const QString before = f.storedMeasure(robberyId).definition;
    f.click(f.browser->model()->indexOfMeasure(robberyId));

    auto *definition = f.find<QPlainTextEdit>("definitionEdit");
    QCOMPARE(definition->toPlainText(), before);
    definition->setFocus();
    definition->moveCursor(QTextCursor::End);
    QTest::keyClicks(definition, QStringLiteral(" Excludes fraud."));
    QCOMPARE(f.storedMeasure(robberyId).definition, before); // nothing yet: still typing

    f.find<QLineEdit>("sourceEdit")->setFocus(); // leaving the field applies it
    QCOMPARE(f.storedMeasure(robberyId).definition, before + QStringLiteral(" Excludes fraud."));
    f.undoStack().undo();
    QCOMPARE(definition->toPlainText(), before);
}

void TestPlanBrowser::addMeasureSelectsAndFocusesTitle()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 copyId = f.copyBuiltinPlan();
    const QModelIndex plan = f.browser->model()->indexOfPlan(copyId);
    QVERIFY(!f.find<QAction>("addMeasureAction")->isEnabled()); // a plan is selected
    const QModelIndex priority = f.browser->model()->index(0, 0, plan);
    const qint64 priorityId = f.browser->model()->id(priority);
    const int measuresBefore = f.browser->model()->rowCount(priority);
    f.click(priority);
    QVERIFY(f.find<QAction>("addMeasureAction")->isEnabled());

    f.find<QAction>("addMeasureAction")->trigger();
    QCOMPARE(f.browser->model()->rowCount(priority), measuresBefore + 1);
    const QModelIndex current = f.browser->tree()->currentIndex();
    QCOMPARE(f.browser->model()->kind(current), PlanModel::NodeKind::Measure);
    QCOMPARE(current.parent(), priority);
    auto *title = f.find<QLineEdit>("titleEdit");
    QCOMPARE(f.browser->focusWidget(), title);
    QCOMPARE(title->selectedText(), QStringLiteral("New measure"));

    QTest::keyClicks(title, QStringLiteral("Hate crime"));
    QTest::keyClick(title, Qt::Key_Return);
    const Measure added = f.storedMeasure(f.browser->model()->id(current));
    QCOMPARE(added.title, QStringLiteral("Hate crime"));
    QCOMPARE(added.priorityId, priorityId);
}

void TestPlanBrowser::removePriorityAsksFirstAndUndoRestores()
{
    Fixture f;
    QVERIFY(f.setUp());
    const qint64 copyId = f.copyBuiltinPlan();
    const QModelIndex plan = f.browser->model()->indexOfPlan(copyId);
    const int prioritiesBefore = f.browser->model()->rowCount(plan);
    const QModelIndex priority = f.browser->model()->index(0, 0, plan);
    const qint64 priorityId = f.browser->model()->id(priority);
    const int measures = f.browser->model()->rowCount(priority);
    QVERIFY(measures > 1);
    f.click(priority);

    // Cancel first: nothing happens.
    QString asked;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    f.browser->tree()->setFocus();
    QTest::keyClick(f.browser->tree(), Qt::Key_Delete);
    QVERIFY(asked.contains(QStringLiteral("%1 measures").arg(measures)));
    QCOMPARE(f.browser->model()->rowCount(plan), prioritiesBefore);
    QVERIFY(f.plans().priority(priorityId));

    // The offscreen platform does not give the activation back when the box closes.
    f.browser->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.browser.get()));
    f.browser->tree()->setFocus();
    asked.clear();
    answer(QMessageBox::Yes);
    QTest::keyClick(f.browser->tree(), Qt::Key_Delete);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(f.browser->model()->rowCount(plan), prioritiesBefore - 1);
    QVERIFY(!f.plans().priority(priorityId));

    f.undoStack().undo();
    QCOMPARE(f.browser->model()->rowCount(plan), prioritiesBefore);
    const auto restored = f.plans().priority(priorityId);
    QVERIFY(restored);
    QCOMPARE(static_cast<int>(restored->measures.size()), measures);
}

QTEST_MAIN(TestPlanBrowser)
#include "tst_planbrowser.moc"
