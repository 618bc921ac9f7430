import { trpc } from "@healthcare/ui";
import { Button, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { AppointmentList } from "../appointments/AppointmentList";

const TABS = ["upcoming", "past", "cancelled"] as const;
type Tab = (typeof TABS)[number];
const LIST_SIZE = 50;

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

function FindDoctorButton() {
  return (
    <Button component={Link} to="/doctors" variant="light">
      Book an appointment
    </Button>
  );
}

/** The patient's appointments: upcoming, past and cancelled, each tab in the address. */
export function AppointmentsPage() {
  const [params, setParams] = useSearchParams();
  const tabParam = params.get("tab");
  const tab: Tab = isTab(tabParam) ? tabParam : "upcoming";
  const upcoming = trpc.appointments.upcoming.useQuery({ limit: 100 }, { enabled: tab === "upcoming" });
  const past = trpc.appointments.past.useQuery({ limit: LIST_SIZE }, { enabled: tab === "past" });
  const cancelled = trpc.appointments.list.useQuery(
    { status: ["cancelled"], order: "desc", limit: LIST_SIZE },
    { enabled: tab === "cancelled" },
  );
  const cancelledItems = { ...cancelled, data: cancelled.data?.items };

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Your appointments</Title>
          <Text c="dimmed">
            Times are the doctor&apos;s, with yours beside them where your clock differs.
          </Text>
        </div>
        <FindDoctorButton />
      </Group>
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value && value !== "upcoming" ? { tab: value } : {}, { replace: true })
        }
      >
        <Tabs.List>
          <Tabs.Tab value="upcoming">Upcoming</Tabs.Tab>
          <Tabs.Tab value="past">Past</Tabs.Tab>
          <Tabs.Tab value="cancelled">Cancelled</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upcoming" pt="md">
          <AppointmentList query={upcoming} label="Upcoming appointments" empty="No upcoming appointments" />
        </Tabs.Panel>
        <Tabs.Panel value="past" pt="md">
          <AppointmentList query={past} label="Past appointments" empty="No past appointments yet" />
        </Tabs.Panel>
        <Tabs.Panel value="cancelled" pt="md">
          <AppointmentList
            query={cancelledItems}
            label="Cancelled appointments"
            empty="No cancelled appointments"
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
