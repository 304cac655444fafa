// samenplan-cli reserves its heap for huge pages first thing (app/cli/hugepageheap.h). Each case
// runs in a child process of its own: the reservation changes the allocator for good.

#include "catch.h"
#include "cli/hugepageheap.h"

#if defined(__linux__) && defined(__GLIBC__)

#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <sys/wait.h>
#include <unistd.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool OwnAllocator = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool OwnAllocator = false;
#else
constexpr bool OwnAllocator = true;
#endif
#else
constexpr bool OwnAllocator = true;
#endif

// The VmFlags of the mapping that holds address, from /proc/self/smaps; empty when none does.
QByteArray flagsOfMappingAt(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        // "start-end perms offset device inode [name]" heads a mapping; "Field: value" lines follow.
        const QByteArray first = line.left(line.indexOf(' '));
        const int dash = first.indexOf('-');
        bool fromOk = false, toOk = false;
        const auto from = std::uintptr_t(first.left(dash).toULongLong(&fromOk, 16));
        const auto to = std::uintptr_t(first.mid(dash + 1).toULongLong(&toOk, 16));
        if (dash > 0 && fromOk && toOk) {
            inside = address >= from && address < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

// What the child found: 0 as expected, else which step failed.
enum Outcome { Expected = 0, NotAdvised = 10, TooSmall = 11, AdvisedElsewhere = 12, BlockNotHuge = 13, NoFork = 20 };

int inChild()
{
    const samenplan::cli::HugePageHeap heap = samenplan::cli::reserveHugePageHeap();
    if (!OwnAllocator)
        return heap.advised ? AdvisedElsewhere : Expected;
    if (!heap.advised)
        return NotAdvised;
    if (heap.bytes < (std::size_t(200) << 20))
        return TooSmall;
    // A large block afterwards (a command's lists and JSON) lies in the advised heap.
    constexpr std::size_t Size = std::size_t(16) << 20;
    auto *block = static_cast<char *>(std::malloc(Size));
    std::memset(block, 1, Size);
    const QList<QByteArray> flags = flagsOfMappingAt(reinterpret_cast<std::uintptr_t>(block) + Size / 2).split(' ');
    std::free(block);
    return flags.contains("hg") ? Expected : BlockNotHuge;
}

} // namespace

TEST_CASE("samenplan-cli's heap is reserved for huge pages, and a large block lies in it", "[cli][memory]")
{
    const pid_t child = fork();
    if (child == 0)
        _exit(inChild());
    REQUIRE(child > 0);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == Expected);
}

#endif
