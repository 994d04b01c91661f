// English cause kinds written fresh (not copied from any labelled row): compatibility, sound and
// picture below hopes, a listing named as the reference, and praise with one passing reservation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/index';

const top = (t: string): string => analyze(t).causes[0]?.cause ?? 'none';

describe('English cause kinds', () => {
  it.each([
    ['It does not work with my Samsung phone, only with iPhones.', 'expectation'],
    ["Won't play nicely with my Sonos system at all.", 'expectation'],
    ['Nice screen but it really needs to support Netflix.', 'expectation'],
    ['The headset does not work, no sound from the left side.', 'quality'],
  ])('compatibility is a hope unmet, a dead function a defect: %s', (t, want) => {
    expect(top(t)).toBe(want);
  });

  it.each([
    ['Works, but the speaker is weak and the bass is thin.'],
    ['Pretty thing, tinny audio though.'],
    ['The volume could definitely use a boost for a big room.'],
    ['Handy, but the microphones are not as sensitive as my older model.'],
    ['Fine for calls, the picture quality is pretty poor.'],
  ])('sound or picture below hopes is expectation: %s', (t) => {
    expect(top(t)).toBe('expectation');
  });

  it.each([
    ['Nice gadget, but you have to pay extra for most of the radio stations.'],
    ['Without a smartphone I cannot use most of its features.'],
  ])('features behind a paywall or another device are expectation: %s', (t) => {
    expect(top(t)).toBe('expectation');
  });

  it('a wish for more of something that is not sound is no sound complaint', () => {
    expect(top('Really handy thing. Wish it had more alarm presets.')).toBe('none');
  });

  it('a price drop soon after buying is buyer_remorse, not an early fault', () => {
    expect(top('Annoyed, it went on sale three days later for half what I paid.')).toBe(
      'buyer_remorse',
    );
  });

  it('shutting down on a condition is a defect', () => {
    expect(top('The stick shuts off whenever I open the guide, over and over.')).toBe('quality');
  });

  it('effort to be understood is expectation', () => {
    expect(top('Decent, but I have trouble getting her to understand the song titles.')).toBe(
      'expectation',
    );
  });

  it('"they" alone in a praising text names no service', () => {
    expect(top('Love it. They should make one in red too, it would sell even more.')).toBe('none');
  });

  it('sound praised stays praise', () => {
    expect(top('The sound is better than my old speaker and the bass is strong.')).toBe('none');
  });

  it.each([
    ["It won't pair with the thermostat as it says on the box."],
    [
      'When they advertise it they show a weather clock, mine only shows the time and nothing else.',
    ],
  ])('a listing named as the reference is not_as_described: %s', (t) => {
    expect(top(t)).toBe('not_as_described');
  });

  it('"works as stated on the website" is praise', () => {
    expect(top('Works exactly as stated on the website, very happy.')).toBe('none');
  });

  it.each([
    ['Love this clock radio, sounds rich. My only gripe is the buttons are a bit confusing.'],
    ['Great little gadget and easy to use. The one thing I would change is the slow menu.'],
    ['Happy with it, minor annoyance that the app is confusing, other than that it is great.'],
  ])('praise with one passing reservation names no cause: %s', (t) => {
    expect(top(t)).toBe('none');
  });

  it('a defect framed as the only complaint still counts', () => {
    expect(
      top('Love the design. My only complaint is that it stopped charging after two weeks.'),
    ).toBe('quality');
  });
});
