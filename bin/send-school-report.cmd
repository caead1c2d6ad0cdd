@echo off
rem bin\send-school-report.cmd: the same as bin/send-school-report (run with --help for the options).
call "%~dp0send-run.cmd" school-report %*
exit /b %ERRORLEVEL%
