// `cwb meetings` and `cwb pack` on the demo workspace: the next meeting first, the approved
// pack frozen with its vintage, numbered lines of enquiry and annotations with visibility;
// usage errors and unknown meetings.
#include "clitestkit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cwtest;

class TestCwbMeetings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsMeetingsNextFirst();
    void showsTheApprovedPack();
    void showsTheDraftPack();
    void refusesBadArguments();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestCwbMeetings::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("demo.cwb"));
    const CwbRun run = runCwb({QStringLiteral("init"), m_workspace, QStringLiteral("--demo")});
    QCOMPARE(run.exitCode, 0);
}

void TestCwbMeetings::listsMeetingsNextFirst()
{
    const CwbRun run = runCwb({QStringLiteral("meetings"), m_workspace, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray meetings = jsonObject(run.out).value(QStringLiteral("meetings")).toArray();
    // 4 from the demo meetings and 5 earlier ones from the demo actions (3 Boards, 2 Challenges).
    QCOMPARE(meetings.size(), 9);
    const QJsonObject next = meetings.at(0).toObject();
    QVERIFY(next.value(QStringLiteral("next")).toBool());
    QCOMPARE(next.value(QStringLiteral("kind")).toString(), QStringLiteral("london_policing_board"));
    QCOMPARE(next.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    QCOMPARE(next.value(QStringLiteral("pack_versions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status")),
             QStringLiteral("draft"));
    QCOMPARE(next.value(QStringLiteral("attendees")).toArray().size(), 5);
    // The held Board with its approved pack, frozen as of the demo batch.
    QJsonObject held;
    for (const QJsonValue &m : meetings) {
        if (held.isEmpty() && m.toObject().value(QStringLiteral("status")) == QStringLiteral("held") &&
            m.toObject().value(QStringLiteral("kind")) == QStringLiteral("london_policing_board"))
            held = m.toObject();
    }
    const QJsonObject version = held.value(QStringLiteral("pack_versions")).toArray().at(0).toObject();
    QCOMPARE(version.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(version.value(QStringLiteral("vintage_batch_id")).toInt(), 1);

    const CwbRun text = runCwb({QStringLiteral("meetings"), m_workspace});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
    QVERIFY(lines.at(1).contains(QStringLiteral("(next)")));
    QVERIFY(lines.at(1).contains(QStringLiteral("v1 draft")));
}

void TestCwbMeetings::showsTheApprovedPack()
{
    const CwbRun list = runCwb({QStringLiteral("meetings"), m_workspace, QStringLiteral("--json")});
    QString heldUid;
    for (const QJsonValue &m : jsonObject(list.out).value(QStringLiteral("meetings")).toArray()) {
        if (m.toObject().value(QStringLiteral("pack_versions")).toArray().size() == 1 &&
            m.toObject().value(QStringLiteral("status")) == QStringLiteral("held"))
            heldUid = m.toObject().value(QStringLiteral("uid")).toString();
    }
    QVERIFY(!heldUid.isEmpty());
    const CwbRun run = runCwb({QStringLiteral("pack"), m_workspace, QStringLiteral("--meeting"), heldUid,
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = jsonObject(run.out);
    const QJsonObject pack = doc.value(QStringLiteral("pack")).toObject();
    QCOMPARE(pack.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QVERIFY(pack.value(QStringLiteral("frozen")).toBool());
    QCOMPARE(pack.value(QStringLiteral("vintage")).toObject().value(QStringLiteral("batch_id")).toInt(), 1);
    QVERIFY(pack.value(QStringLiteral("data_as_of")).toString().startsWith(QStringLiteral("data as of ")));
    const QJsonArray sections = doc.value(QStringLiteral("sections")).toArray();
    QCOMPARE(sections.size(), 4);
    // Performance: four measure items, each with key facts; Robbery for three areas.
    const QJsonArray performance = sections.at(0).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(performance.size(), 4);
    const QJsonObject robbery = performance.at(0).toObject();
    QCOMPARE(robbery.value(QStringLiteral("measure")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ROBBERY"));
    const QJsonArray facts = robbery.value(QStringLiteral("key_facts")).toArray();
    QCOMPARE(facts.size(), 3);
    QVERIFY(facts.at(0)
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .startsWith(QStringLiteral("Robbery in "
                                           "London ")));
    QVERIFY(facts.at(0).toObject().value(QStringLiteral("current")).toDouble() > 0);
    // A resolved internal thread with a reply on the Robbery item.
    const QJsonObject thread = robbery.value(QStringLiteral("annotations")).toArray().at(0).toObject();
    QVERIFY(thread.value(QStringLiteral("resolved")).toBool());
    QCOMPARE(thread.value(QStringLiteral("visibility")).toString(), QStringLiteral("internal"));
    QCOMPARE(thread.value(QStringLiteral("replies")).toArray().size(), 1);
    // Lines of enquiry numbered 1–4, internal and publishable.
    const QJsonArray lines = sections.at(2)
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("lines_of_enquiry"))
                                 .toArray();
    QCOMPARE(lines.size(), 4);
    QStringList visibility;
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).toObject().value(QStringLiteral("number")).toInt(), i + 1);
        visibility << lines.at(i).toObject().value(QStringLiteral("visibility")).toString();
    }
    QVERIFY(visibility.contains(QStringLiteral("internal")));
    QVERIFY(visibility.contains(QStringLiteral("publishable")));
    QCOMPARE(doc.value(QStringLiteral("data_point_annotations")).toArray().size(), 1);
    QVERIFY(doc.value(QStringLiteral("changes_since_previous_approved"))
                .toObject()
                .value(QStringLiteral("previous_pack_id"))
                .isNull());

    const CwbRun text = runCwb({QStringLiteral("pack"), m_workspace, QStringLiteral("--meeting"), heldUid});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("Figures: data as of")));
    QVERIFY(text.outText().contains(QStringLiteral("3. [internal] Is the Commissioner confident")));
}

void TestCwbMeetings::showsTheDraftPack()
{
    const CwbRun list = runCwb({QStringLiteral("meetings"), m_workspace, QStringLiteral("--json")});
    const QJsonObject next =
        jsonObject(list.out).value(QStringLiteral("meetings")).toArray().at(0).toObject();
    const QString id = QString::number(next.value(QStringLiteral("id")).toInteger());
    const CwbRun run = runCwb({QStringLiteral("pack"), m_workspace, QStringLiteral("--meeting"), id,
                               QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = jsonObject(run.out);
    QCOMPARE(doc.value(QStringLiteral("pack")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("draft"));
    QVERIFY(doc.value(QStringLiteral("pack")).toObject().value(QStringLiteral("vintage")).isNull());
    // Started from the last pack, with Victim satisfaction added first.
    const QJsonArray performance = doc.value(QStringLiteral("sections"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("items"))
                                       .toArray();
    QCOMPARE(performance.size(), 5);
    QCOMPARE(performance.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Victim satisfaction"));
    // Five lines of enquiry now, the new one first.
    const QJsonArray lines = doc.value(QStringLiteral("sections"))
                                 .toArray()
                                 .at(2)
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("lines_of_enquiry"))
                                 .toArray();
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0)
                .toObject()
                .value(QStringLiteral("question"))
                .toString()
                .startsWith(QStringLiteral("How many")));
}

void TestCwbMeetings::refusesBadArguments()
{
    QCOMPARE(runCwb({QStringLiteral("pack"), m_workspace}).exitCode, 2); // --meeting is required
    QCOMPARE(runCwb({QStringLiteral("pack"), m_workspace, QStringLiteral("--meeting"), QStringLiteral("1"),
                     QStringLiteral("--version"), QStringLiteral("zero")})
                 .exitCode,
             2);
    const CwbRun unknown =
        runCwb({QStringLiteral("pack"), m_workspace, QStringLiteral("--meeting"), QStringLiteral("999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errText().contains(QStringLiteral("There is no meeting 999")));
    // A meeting without a pack.
    const CwbRun noPack =
        runCwb({QStringLiteral("pack"), m_workspace, QStringLiteral("--meeting"), QStringLiteral("4")});
    QCOMPARE(noPack.exitCode, 1);
    QVERIFY(noPack.errText().contains(QStringLiteral("has no pack")));
    QCOMPARE(runCwb({QStringLiteral("pack"), m_workspace, QStringLiteral("--meeting"), QStringLiteral("2"),
                     QStringLiteral("--version"), QStringLiteral("3")})
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCwbMeetings)
#include "tst_cwbmeetings.moc"
