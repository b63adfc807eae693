import json, sys
out = sys.argv[1]
key = json.load(open(out + '-key/key.json'))
js = [json.loads(l) for l in open(out + '/judgements.jsonl') if l.strip()]
right = sum(1 for j in js if (j['verdict'] == 'real') == (key[j['id']]['source'] == 'human'))
sim_caught = sum(1 for j in js if key[j['id']]['source'] == 'simulated' and j['verdict'] == 'simulated')
sims = sum(1 for v in key.values() if v['source'] == 'simulated')
print(f"accuracy {right}/{len(js)} = {right/len(js):.0%}; simulated called simulated {sim_caught}/{sims}")
