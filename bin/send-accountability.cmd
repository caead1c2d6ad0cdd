@echo off
rem bin\send-accountability.cmd: the same as bin/send-accountability (run with --help for the options).
call "%~dp0send-run.cmd" accountability %*
exit /b %ERRORLEVEL%
