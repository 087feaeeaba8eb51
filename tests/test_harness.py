"""The browser harness itself: it must notice a request to another host."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.conftest import RequestLog


def test_request_log_flags_other_hosts(browser: Browser) -> None:
    log = RequestLog("http://127.0.0.1:9/")
    context = browser.new_context()
    page = context.new_page()
    page.on("request", log.record)
    page.set_content('<img src="http://cdn.example.invalid/logo.png" alt="">')
    page.wait_for_timeout(200)
    context.close()
    assert log.foreign == ["http://cdn.example.invalid/logo.png"]
