#pragma once

namespace cw {

// Turns the first Ctrl+C (SIGINT) into a request to cancel, for as long as the guard lives:
// long work polls interrupted() and stops cleanly (an import then writes nothing). A second
// Ctrl+C ends the process at once, as usual. Only one guard may exist at a time.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();

    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    bool interrupted() const;
};

} // namespace cw
