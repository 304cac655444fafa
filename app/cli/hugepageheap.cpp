#include "cli/hugepageheap.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <climits>
#include <cstdint>
#include <cstdlib>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace samenplan::cli {

HugePageHeap reserveHugePageHeap()
{
    HugePageHeap heap;
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t Reserve = std::size_t(256) << 20;
    constexpr std::uintptr_t Page = std::uintptr_t(2) << 20;
    // Blocks up to 32 MiB (glibc's most) from the heap too, not mapped one by one; freed memory kept.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, INT_MAX);
    // The next growth of the heap takes the reserve at once (address space only).
    mallopt(M_TOP_PAD, int(Reserve));
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *block = std::malloc(Page);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    // Only a heap that grew by the reserve to hold the block is glibc's own (another allocator,
    // such as the address sanitizer's, leaves the program break alone). The block may begin in
    // what was left of the heap before.
    if (block && after - before >= Reserve && start < after && start + Page > before) {
        const std::uintptr_t from = (before + Page - 1) & ~(Page - 1);
        const std::uintptr_t to = after & ~(Page - 1);
        if (to > from && madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0)
            heap = {true, std::size_t(to - from)};
    }
    std::free(block);
    mallopt(M_TOP_PAD, 128 << 10); // glibc's default again for any growth after the reserve
#endif
    return heap;
}

} // namespace samenplan::cli
