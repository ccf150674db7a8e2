#include "interruptguard.h"

#include <csignal>

namespace cw {

namespace {

volatile std::sig_atomic_t interruptRequested = 0;

void onInterrupt(int)
{
    interruptRequested = 1;
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

InterruptGuard::InterruptGuard()
{
    interruptRequested = 0;
    std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
}

bool InterruptGuard::interrupted() const
{
    return interruptRequested != 0;
}

} // namespace cw
