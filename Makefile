# newsextract -- PGXS build, plus the core's unit tests, fuzzers and benchmarks.
#
#   make && make install          the extension (needs pg_config, pcre2, utf8proc)
#   make installcheck             pg_regress against a running server (PGHOST, PGPORT...)
#   make unit                     core unit tests (cmocka), no PostgreSQL needed
#   make fuzz FUZZ_SECONDS=10     every libFuzzer target for FUZZ_SECONDS each (clang)
#   make bench                    the core benchmark over a corpus file
#   make test                     everything: test/run-tests (what CI runs)

EXTENSION  = newsextract
EXTVERSION = $(shell grep default_version $(EXTENSION).control | sed -e "s/default_version[[:space:]]*=[[:space:]]*'\([^']*\)'/\1/")
MODULE_big = newsextract

CORE_SRCS  = $(sort $(wildcard src/core/*.c))
PG_SRCS    = $(sort $(wildcard src/pg/*.c))
OBJS       = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

DATA       = $(sort $(wildcard $(EXTENSION)--*.sql))
TESTS      = $(sort $(wildcard sql/*.sql))
REGRESS    = $(patsubst sql/%.sql,%,$(TESTS))

DEP_CFLAGS := $(shell pkg-config --cflags libpcre2-8 libutf8proc 2>/dev/null)
DEP_LIBS   := $(shell pkg-config --libs libpcre2-8 libutf8proc 2>/dev/null || echo -lpcre2-8 -lutf8proc)

PG_CPPFLAGS = -Isrc/core $(DEP_CFLAGS)
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK  = $(DEP_LIBS)

EXTRA_CLEAN = build results regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: a changed struct in a header must
# rebuild every object that includes it (a stale object corrupts memory).
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

# ---------------------------------------------------------------- the core alone
CORE_CC     ?= cc
CORE_CFLAGS  = -std=c11 -O2 -g -Wall -Wextra -Wno-unused-parameter -Wdeclaration-after-statement -D_GNU_SOURCE -Isrc/core $(DEP_CFLAGS)
UNIT_SRCS    = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS    = $(patsubst test/unit/%.c,build/unit/%,$(UNIT_SRCS))
FUZZ_SRCS    = $(sort $(wildcard test/fuzz/fuzz_*.c))
FUZZ_BINS    = $(patsubst test/fuzz/%.c,build/fuzz/%,$(FUZZ_SRCS))
FUZZ_SECONDS ?= 10

build/core/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) -c -o $@ $<

build/libnecore.a: $(patsubst src/core/%.c,build/core/%.o,$(CORE_SRCS))
	rm -f $@ && ar rcs $@ $^

build/unit/%: test/unit/%.c test/unit/unit.h build/libnecore.a
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) -Itest/unit -o $@ $< build/libnecore.a $(DEP_LIBS) -lcmocka

.PHONY: unit unit-build fuzz fuzz-build bench test
unit-build: $(UNIT_BINS)
unit: unit-build
	@status=0; for t in $(UNIT_BINS); do $$t || status=1; done; exit $$status

build/fuzz/%: test/fuzz/%.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	  -Isrc/core $(DEP_CFLAGS) -o $@ $< $(CORE_SRCS) $(DEP_LIBS)

fuzz-build: $(FUZZ_BINS)
fuzz: fuzz-build
	@status=0; for f in $(FUZZ_BINS); do \
	  n=$$(basename $$f); mkdir -p build/corpus/$$n; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
	      build/corpus/$$n test/fuzz/seeds || status=1; done; exit $$status

build/bench/bench_core: test/bench/bench_core.c test/tools/jsonl.c build/libnecore.a
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) -O3 -Itest/tools -o $@ $< test/tools/jsonl.c build/libnecore.a $(DEP_LIBS)

bench: build/bench/bench_core
	build/bench/bench_core $(BENCH_ARGS)

test:
	test/run-tests
