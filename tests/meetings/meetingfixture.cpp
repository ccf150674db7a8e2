#include "meetingfixture.h"

#include "services/importservice.h"
#include "services/meetingservice.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace cw;

MeetingFixture::MeetingFixture()
{
    qputenv("CW_USER", "test.officer");
    auto created = Workspace::create(m_dir.filePath(QStringLiteral("meetings.cwb")));
    if (!created)
        qFatal("workspace: %s", qPrintable(created.error().message));
    m_ws = std::move(created).value();
    QByteArray rows;
    for (int year : {2023, 2024}) {
        for (int month = 1; month <= 12; ++month)
            rows += QStringLiteral("mps.borough:VIOLENCE AGAINST THE PERSON/HOMICIDE,E23000001,%1-%2,%3\n")
                        .arg(year)
                        .arg(month, 2, 10, QLatin1Char('0'))
                        .arg(year == 2023 ? 10 : 8)
                        .toUtf8();
    }
    if (importTidy(rows, QStringLiteral("homicide.csv")) == 0)
        qFatal("homicide import failed");
}

qint64 MeetingFixture::importTidy(const QByteArray &rows, const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write("indicator,area,period,value\n" + rows);
    file.close();
    const ImportReport report = m_ws->imports().importFile(path, {});
    return report.status == ImportReport::Status::Imported ? report.batchId : 0;
}

Meeting MeetingFixture::addMeeting(int days, const QString &title, MeetingKind kind)
{
    Meeting m;
    m.kind = kind;
    m.title = title;
    m.startsAt = QDateTime(QDate(2025, 1, 15), QTime(10, 0), QTimeZone::utc()).addDays(days);
    m.attendees = {{QStringLiteral("Deputy Mayor"), QStringLiteral("MOPAC"), QStringLiteral("Chair")}};
    auto inserted = m_ws->meetings().insertMeeting(m);
    if (!inserted)
        qFatal("meeting: %s", qPrintable(inserted.error().message));
    return inserted.value();
}

PackItem MeetingFixture::homicideItem(const QString &title)
{
    PackItem item;
    item.kind = PackItemKind::Measure;
    item.title = title;
    item.visibility = Visibility::Publishable;
    item.measure.planCode = QStringLiteral("PCP-2025-29");
    item.measure.measureCode = QStringLiteral("HOMICIDE");
    item.measure.areaCodes = {QStringLiteral("E23000001")};
    return item;
}

PackItem MeetingFixture::linesItem(const QStringList &questions)
{
    PackItem item;
    item.kind = PackItemKind::LinesOfEnquiry;
    item.title = QStringLiteral("Questions");
    for (const QString &q : questions) {
        LineOfEnquiry line;
        line.question = q;
        item.enquiries.append(line);
    }
    return item;
}
