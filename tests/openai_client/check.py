"""The official `openai` Python client against a running `xlagen serve`.

Usage: python tests/openai_client/check.py http://127.0.0.1:PORT/v1
(needs the PyPI package `openai`; tested with the version printed first). Checks chat and
completions, whole and streamed (the stream reassembles to the whole greedy answer, usage comes
with stream_options.include_usage), the model list, and that the client raises its typed errors
for 400 (naming the field) and 404. Exits non-zero on the first failure.
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
print("completions ok:", repr(whole.choices[0].text))

try:
    client.completions.create(model=model, prompt="x", temperature=7)
    raise AssertionError("temperature 7 was accepted")
except openai.BadRequestError as e:
    assert e.status_code == 400 and "temperature" in str(e), e
try:
    client.completions.create(model="no-such-model", prompt="x")
    raise AssertionError("an unknown model was accepted")
except openai.NotFoundError as e:
    assert e.status_code == 404, e
print("errors ok")
print("all openai client checks passed")
