#pragma once

#include <functional>
#include <memory>

#include <QApplication>
#include <QTimer>
#include <QWidget>

// Drives the next modal dialog of type T the way a person would: `steps` runs on it once it is
// shown (from inside its exec() loop). Returns a flag that says whether it ran.
template <typename T>
std::shared_ptr<bool> whenDialogShown(std::function<void(T *)> steps)
{
    auto ran = std::make_shared<bool>(false);
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, steps, ran, tries = 0]() mutable {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog == nullptr && ++tries < 250)
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog != nullptr) {
            *ran = true;
            steps(dialog);
        }
    });
    poll->start();
    return ran;
}
