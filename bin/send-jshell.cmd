@echo off
rem Starts JShell with the library and the examples' startup script, in your working directory:
rem   bin\send-jshell.cmd   or   bin\send-jshell.cmd examples\jshell\cancel-deficits.jsh
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
jshell -J-Djava.awt.headless=true --class-path "%SEND_JAR%" --startup DEFAULT --startup "%SEND_ROOT%\examples\jshell\startup.jsh" %*
exit /b %ERRORLEVEL%
