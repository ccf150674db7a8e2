#include "report/redaction.h"

#include <QHash>

#include <algorithm>

namespace cw {

namespace {

bool isPublishable(Visibility visibility)
{
    return visibility == Visibility::Publishable;
}

template <typename T>
void keepPublishable(QList<T> &list)
{
    list.removeIf([](const T &entry) { return !isPublishable(entry.visibility); });
}

// Drops internal threads whole, and internal replies from the others.
QList<BriefingThread> publishableThreads(QList<BriefingThread> threads)
{
    threads.removeIf([](const BriefingThread &t) { return !isPublishable(t.root.visibility); });
    for (BriefingThread &t : threads)
        keepPublishable(t.replies);
    return threads;
}

// Keeps the publishable lines and numbers them again; `numbers` maps each kept uid to its new
// number.
QList<BriefingEnquiry> renumbered(QList<BriefingEnquiry> enquiries, QHash<QString, int> &numbers)
{
    keepPublishable(enquiries);
    int next = 1;
    for (BriefingEnquiry &e : enquiries) {
        e.number = next++;
        numbers.insert(e.uid, e.number);
    }
    return enquiries;
}

} // namespace

Briefing redact(const Briefing &briefing, Edition edition)
{
    Briefing out = briefing;
    out.edition = edition;
    if (edition == Edition::Internal)
        return out;

    keepPublishable(out.summary);
    keepPublishable(out.measures);
    keepPublishable(out.narratives);

    QHash<QString, int> numbers;
    out.enquiries = renumbered(out.enquiries, numbers);
    for (BriefingMeasure &m : out.measures) {
        m.linkedEnquiries.removeIf([&](const BriefingEnquiry &e) { return !numbers.contains(e.uid); });
        for (BriefingEnquiry &e : m.linkedEnquiries)
            e.number = numbers.value(e.uid);
        m.commentary = publishableThreads(m.commentary);
    }

    if (!isPublishable(out.actionLog.visibility))
        out.actionLog = BriefingActionLog{};
    out.annotations.clear();

    out.appendix.removeIf([&](const BriefingDefinition &d) {
        return std::none_of(out.measures.cbegin(), out.measures.cend(),
                            [&](const BriefingMeasure &m) { return m.measureCode == d.measureCode; });
    });
    return out;
}

} // namespace cw
