// The Catch2 runner of the tests that need Qt Core's application object (Qt SQL loads its
// driver plugin through it; QProcess and timers need its event loop).
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
