#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // Qt SQL loads its driver plugin through the application
    return Catch::Session().run(argc, argv);
}
