@echo off
rem bin\send-report.cmd: the same as bin/send-report (run with --help for the options).
call "%~dp0send-run.cmd" report %*
exit /b %ERRORLEVEL%
