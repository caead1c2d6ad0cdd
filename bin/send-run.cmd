@echo off
rem Builds the examples' runnable jar in the repository and runs one of its commands in YOUR
rem working directory, so relative paths are yours:  bin\send-run.cmd report --help
rem The other .cmd launchers call this one. Set SEND_NO_BUILD=1 to skip the build when the jar exists.
setlocal
set "SEND_ROOT=%~dp0.."
set "SEND_JAR=%SEND_ROOT%\examples\target\send-examples.jar"
if defined SEND_NO_BUILD if exist "%SEND_JAR%" goto run
pushd "%SEND_ROOT%"
call mvnw.cmd -B -q -pl examples -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true 1>&2
set "SEND_BUILD=%ERRORLEVEL%"
popd
if not "%SEND_BUILD%"=="0" exit /b %SEND_BUILD%
:run
java -Djava.awt.headless=true -jar "%SEND_JAR%" %*
exit /b %ERRORLEVEL%
