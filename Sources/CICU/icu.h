// The two functions of the Swift runtime's ICU (lib_FoundationICU) that Python's NFKC
// needs, declared for a build that links ICU in statically (install.sh); a development
// build looks them up in the shared library instead and never references these.
#include <stdint.h>

typedef struct UNormalizer2 UNormalizer2;

const UNormalizer2 *swift_unorm2_getNFKCInstance(int32_t *error);
int32_t swift_unorm2_normalize(const UNormalizer2 *normalizer, const uint16_t *source, int32_t length,
                               uint16_t *destination, int32_t capacity, int32_t *error);
