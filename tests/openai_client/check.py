"""The official `openai` Python client against a running `xlagen serve`.

Usage: python tests/openai_client/check.py http://127.0.0.1:PORT/v1
(needs the PyPI package `openai` at the version tests/openai_client/requirements.txt pins,
which tests/openai_client.rs installs and runs this with). Checks chat and completions, whole
and streamed (the stream reassembles to the whole greedy answer, usage comes with
stream_options.include_usage), multi-turn chat, stop strings, the model list, and that the
client raises its typed errors: 400 naming the field for a bad field, for a prompt plus
max_tokens beyond the context, and for empty messages; 404 for an unknown model. Exits non-zero
on the first failure.
"""

import sys

import openai

base = sys.argv[1]
client = openai.OpenAI(base_url=base, api_key="unused", max_retries=0)
print("openai", openai.__version__)

models = [m.id for m in client.models.list()]
assert len(models) == 1, models
model = models[0]

chat = dict(model=model, messages=[{"role": "user", "content": "Name a fruit."}],
            max_tokens=16, temperature=0)
whole = client.chat.completions.create(**chat)
text = whole.choices[0].message.content
assert whole.choices[0].finish_reason in ("stop", "length"), whole
assert whole.usage.completion_tokens > 0, whole.usage
parts, usage = [], None
for chunk in client.chat.completions.create(**chat, stream=True,
                                            stream_options={"include_usage": True}):
    if chunk.usage is not None:
        usage = chunk.usage
    for c in chunk.choices:
        if c.delta.content:
            parts.append(c.delta.content)
assert "".join(parts) == text, ("".join(parts), text)
assert usage is not None and usage.completion_tokens == whole.usage.completion_tokens, usage
print("chat ok:", repr(text))

comp = dict(model=model, prompt="The capital of France is", max_tokens=8, temperature=0)
whole = client.completions.create(**comp)
streamed = "".join(c.choices[0].text for c in client.completions.create(**comp, stream=True)
                   if c.choices)
assert streamed == whole.choices[0].text, (streamed, whole.choices[0].text)
assert whole.choices[0].finish_reason == "length", whole
assert (whole.usage.prompt_tokens, whole.usage.completion_tokens) > (0, 7), whole.usage
usage = None
for chunk in client.completions.create(**comp, stream=True, stream_options={"include_usage": True}):
    usage = chunk.usage or usage
assert usage is not None and usage.completion_tokens == 8, usage
print("completions ok:", repr(whole.choices[0].text))

# A second turn sees the first: the answer differs from the same question asked alone.
turns = [{"role": "user", "content": "Name a fruit."},
         {"role": "assistant", "content": text},
         {"role": "user", "content": "What colour is it?"}]
second = client.chat.completions.create(model=model, messages=turns, max_tokens=16, temperature=0)
alone = client.chat.completions.create(model=model, messages=turns[2:], max_tokens=16,
                                       temperature=0)
assert second.usage.prompt_tokens > alone.usage.prompt_tokens, (second.usage, alone.usage)
print("multi-turn ok:", repr(second.choices[0].message.content))

# A stop string ends the text just before it, with finish_reason "stop".
full = whole.choices[0].text
if len(full.strip()) > 2:
    cut = full.strip()[1:3]
    stopped = client.completions.create(**comp, stop=[cut])
    assert stopped.choices[0].text == full[: full.index(cut)], (stopped.choices[0].text, cut, full)
    assert stopped.choices[0].finish_reason == "stop", stopped
    print("stop ok:", repr(cut))



def refused(error, param, call, **fields):
    """`call(**fields)` raises `error` whose body names `param` in its param and message."""
    try:
        call(**fields)
    except error as e:
        assert isinstance(e.body, dict) and e.body.get("param") == param, e.body
        assert param.split("[")[0] in e.body["message"], e.body
        return e
    raise AssertionError(f"{fields} was accepted")


refused(openai.BadRequestError, "temperature", client.completions.create,
        model=model, prompt="x", temperature=7)
refused(openai.BadRequestError, "top_p", client.chat.completions.create,
        model=model, messages=chat["messages"], top_p=0)
refused(openai.BadRequestError, "messages", client.chat.completions.create,
        model=model, messages=[])
e = refused(openai.BadRequestError, "max_tokens", client.completions.create,
            model=model, prompt="x", max_tokens=1_000_000)
assert "context" in e.body["message"], e.body
e = refused(openai.BadRequestError, "max_tokens", client.chat.completions.create,
            model=model, messages=chat["messages"], max_tokens=1_000_000, stream=True)
e = refused(openai.NotFoundError, "model", client.completions.create,
            model="no-such-model", prompt="x")
assert e.status_code == 404, e
print("errors ok")
print("all openai client checks passed")
